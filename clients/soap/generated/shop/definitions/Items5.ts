
/**
 * items
 * @targetNSAlias `tns`
 * @targetNamespace `http://api-playground.example/shop/v1`
 */
export interface Items5 {
    /** Id|xsd:int|minInclusive,maxInclusive */
    productId: number;
    /** Quantity|xsd:int|minInclusive,maxInclusive */
    quantity: number;
}
