import { Customer } from "./Customer.js";

/** RegisterResponse */
export interface RegisterResponse {
    /** customer */
    customer: Customer;
}
