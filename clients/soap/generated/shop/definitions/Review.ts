
/**
 * review
 * @targetNSAlias `tns`
 * @targetNamespace `http://api-playground.example/shop/v1`
 */
export interface Review {
    /** xsd:int */
    id: number;
    /** xsd:int */
    productId: number;
    /** xsd:int */
    customerId: number;
    /** xsd:int */
    rating: number;
    /** xsd:string */
    title: string;
    /** xsd:string */
    body: string;
    /** xsd:dateTime */
    createdAt: Date;
}
