
/**
 * author
 * @targetNSAlias `tns`
 * @targetNamespace `http://api-playground.example/shop/v1`
 */
export interface Author {
    /** xsd:int */
    id: number;
    /** xsd:string */
    name: string;
}
