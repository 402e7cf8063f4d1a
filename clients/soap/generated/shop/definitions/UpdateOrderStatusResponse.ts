import { Items3 } from "./Items3.js";

/** UpdateOrderStatusResponse */
export interface UpdateOrderStatusResponse {
    /** order */
    order: Items3;
}
