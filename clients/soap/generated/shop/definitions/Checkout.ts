
/** Checkout */
export interface Checkout {
}
