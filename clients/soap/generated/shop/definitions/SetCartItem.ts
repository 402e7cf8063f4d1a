
/** SetCartItem */
export interface SetCartItem {
    /** xsd:int */
    productId: number;
    /** xsd:int */
    quantity: number;
}
