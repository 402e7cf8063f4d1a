import { Items3 } from "./Items3.js";

/** CancelOrderResponse */
export interface CancelOrderResponse {
    /** order */
    order: Items3;
}
