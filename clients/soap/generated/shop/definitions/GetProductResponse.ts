import { Items1 } from "./Items1.js";

/** GetProductResponse */
export interface GetProductResponse {
    /** product */
    product: Items1;
}
