
/** SetCartItem */
export interface SetCartItem {
    /** Id|xsd:int|minInclusive,maxInclusive */
    productId: number;
    /** Quantity|xsd:int|minInclusive,maxInclusive */
    quantity: number;
}
