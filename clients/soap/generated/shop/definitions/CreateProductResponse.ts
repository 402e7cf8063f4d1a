import { Items1 } from "./Items1.js";

/** CreateProductResponse */
export interface CreateProductResponse {
    /** product */
    product: Items1;
}
