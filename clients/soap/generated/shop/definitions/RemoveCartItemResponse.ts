import { Cart } from "./Cart.js";

/** RemoveCartItemResponse */
export interface RemoveCartItemResponse {
    /** cart */
    cart: Cart;
}
