
/**
 * items
 * @targetNSAlias `tns`
 * @targetNamespace `http://api-playground.example/shop/v1`
 */
export interface Items6 {
    /** xsd:int */
    productId: number;
    /** xsd:int */
    quantity: number;
}
