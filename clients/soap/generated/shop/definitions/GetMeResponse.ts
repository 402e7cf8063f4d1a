import { Customer } from "./Customer.js";

/** GetMeResponse */
export interface GetMeResponse {
    /** customer */
    customer: Customer;
}
