
/** UpdateProduct */
export interface UpdateProduct {
    /** xsd:int */
    id: number;
    /** xsd:string */
    sku?: string;
    /** xsd:string */
    name?: string;
    /** xsd:string */
    description?: string;
    /** xsd:int */
    priceCents?: number;
    /** xsd:int */
    stock?: number;
    /** xsd:int */
    categoryId?: number;
}
