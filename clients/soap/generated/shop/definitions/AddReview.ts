
/** AddReview */
export interface AddReview {
    /** xsd:int */
    productId: number;
    /** xsd:int */
    rating: number;
    /** xsd:string */
    title: string;
    /** xsd:string */
    body?: string;
}
