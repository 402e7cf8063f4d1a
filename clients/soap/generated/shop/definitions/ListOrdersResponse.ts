import { Items3 } from "./Items3.js";

/** ListOrdersResponse */
export interface ListOrdersResponse {
    /** items[] */
    items?: Array<Items3>;
    /** xsd:int */
    total: number;
    /** xsd:int */
    limit: number;
    /** xsd:int */
    offset: number;
}
