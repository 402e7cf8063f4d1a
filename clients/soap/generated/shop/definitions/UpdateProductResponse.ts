import { Items1 } from "./Items1.js";

/** UpdateProductResponse */
export interface UpdateProductResponse {
    /** product */
    product: Items1;
}
