
/** RemoveCartItem */
export interface RemoveCartItem {
    /** xsd:int */
    productId: number;
}
