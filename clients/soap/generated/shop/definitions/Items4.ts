
/**
 * items
 * @targetNSAlias `tns`
 * @targetNamespace `http://api-playground.example/shop/v1`
 */
export interface Items4 {
    /** xsd:int */
    productId: number;
    /** xsd:int */
    quantity: number;
    /** xsd:int */
    unitPriceCents: number;
}
