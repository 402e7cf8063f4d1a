import { Items3 } from "./Items3.js";

/** CheckoutResponse */
export interface CheckoutResponse {
    /** order */
    order: Items3;
}
