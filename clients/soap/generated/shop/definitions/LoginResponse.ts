import { Customer } from "./Customer.js";

/** LoginResponse */
export interface LoginResponse {
    /** xsd:string */
    token: string;
    /** xsd:dateTime */
    expiresAt: Date;
    /** customer */
    customer: Customer;
}
