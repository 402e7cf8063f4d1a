import { Items3 } from "./Items3.js";

/** GetOrderResponse */
export interface GetOrderResponse {
    /** order */
    order: Items3;
}
