
/**
 * items
 * @targetNSAlias `tns`
 * @targetNamespace `http://api-playground.example/shop/v1`
 */
export interface Items {
    /** xsd:int */
    id: number;
    /** xsd:string */
    name: string;
    /** xsd:string */
    slug: string;
    /** xsd:string */
    description: string;
}
