import { Cart } from "./Cart.js";

/** SetCartItemResponse */
export interface SetCartItemResponse {
    /** cart */
    cart: Cart;
}
