
/**
 * items
 * @targetNSAlias `tns`
 * @targetNamespace `http://api-playground.example/shop/v1`
 */
export interface Items1 {
    /** xsd:int */
    id: number;
    /** xsd:string */
    sku: string;
    /** xsd:string */
    name: string;
    /** xsd:string */
    description: string;
    /** xsd:int */
    priceCents: number;
    /** Currency|xsd:string|EUR */
    currency: "EUR";
    /** xsd:int */
    stock: number;
    /** xsd:int */
    categoryId: number;
    /** xsd:dateTime */
    createdAt: Date;
    /** xsd:dateTime */
    updatedAt: Date;
}
