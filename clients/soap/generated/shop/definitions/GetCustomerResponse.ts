import { Customer } from "./Customer.js";

/** GetCustomerResponse */
export interface GetCustomerResponse {
    /** customer */
    customer: Customer;
}
