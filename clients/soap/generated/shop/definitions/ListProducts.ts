
/** ListProducts */
export interface ListProducts {
    /** xsd:int */
    categoryId?: number;
    /** xsd:string */
    q?: string;
    /** xsd:int */
    minPriceCents?: number;
    /** xsd:int */
    maxPriceCents?: number;
    /** xsd:boolean */
    inStock?: boolean;
    /** xsd:string */
    sort?: string;
    /** xsd:int */
    limit?: number;
    /** xsd:int */
    offset?: number;
}
