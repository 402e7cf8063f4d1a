
/**
 * items
 * @targetNSAlias `tns`
 * @targetNamespace `http://api-playground.example/shop/v1`
 */
export interface Items5 {
    /** xsd:int */
    productId: number;
    /** xsd:int */
    quantity: number;
}
