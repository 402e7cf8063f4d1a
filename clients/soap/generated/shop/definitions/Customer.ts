
/**
 * customer
 * @targetNSAlias `tns`
 * @targetNamespace `http://api-playground.example/shop/v1`
 */
export interface Customer {
    /** xsd:int */
    id: number;
    /** xsd:string */
    email: string;
    /** xsd:string */
    name: string;
    /** Role|xsd:string|customer,admin */
    role: "customer" | "admin";
    /** xsd:dateTime */
    createdAt: Date;
}
