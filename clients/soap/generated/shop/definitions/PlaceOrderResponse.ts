import { Items3 } from "./Items3.js";

/** PlaceOrderResponse */
export interface PlaceOrderResponse {
    /** order */
    order: Items3;
}
