import { Customer } from "./Customer.js";

/** ListCustomersResponse */
export interface ListCustomersResponse {
    /** items[] */
    items?: Array<Customer>;
    /** xsd:int */
    total: number;
    /** xsd:int */
    limit: number;
    /** xsd:int */
    offset: number;
}
