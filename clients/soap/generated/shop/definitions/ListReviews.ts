
/** ListReviews */
export interface ListReviews {
    /** xsd:int */
    productId: number;
    /** xsd:string */
    sort?: string;
    /** xsd:int */
    limit?: number;
    /** xsd:int */
    offset?: number;
}
