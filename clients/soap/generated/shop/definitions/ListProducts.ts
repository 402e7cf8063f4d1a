
/** ListProducts */
export interface ListProducts {
    /** Id|xsd:int|minInclusive,maxInclusive */
    categoryId?: number;
    /** SearchText|xsd:string|maxLength */
    q?: string;
    /** PriceFilter|xsd:int|minInclusive,maxInclusive */
    minPriceCents?: number;
    /** PriceFilter|xsd:int|minInclusive,maxInclusive */
    maxPriceCents?: number;
    /** xsd:boolean */
    inStock?: boolean;
    /** ProductSort|xsd:string|pattern */
    sort?: string;
    /** PageLimit|xsd:int|minInclusive,maxInclusive */
    limit?: number;
    /** PageOffset|xsd:int|minInclusive,maxInclusive */
    offset?: number;
}
