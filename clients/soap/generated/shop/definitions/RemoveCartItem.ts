
/** RemoveCartItem */
export interface RemoveCartItem {
    /** Id|xsd:int|minInclusive,maxInclusive */
    productId: number;
}
