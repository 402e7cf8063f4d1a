
/** ListReviews */
export interface ListReviews {
    /** Id|xsd:int|minInclusive,maxInclusive */
    productId: number;
    /** ReviewSort|xsd:string|pattern */
    sort?: string;
    /** PageLimit|xsd:int|minInclusive,maxInclusive */
    limit?: number;
    /** PageOffset|xsd:int|minInclusive,maxInclusive */
    offset?: number;
}
