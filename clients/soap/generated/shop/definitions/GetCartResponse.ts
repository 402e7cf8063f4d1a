import { Cart } from "./Cart.js";

/** GetCartResponse */
export interface GetCartResponse {
    /** cart */
    cart: Cart;
}
