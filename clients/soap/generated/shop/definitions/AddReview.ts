
/** AddReview */
export interface AddReview {
    /** Id|xsd:int|minInclusive,maxInclusive */
    productId: number;
    /** Rating|xsd:int|minInclusive,maxInclusive */
    rating: number;
    /** ReviewTitle|xsd:string|maxLength,pattern */
    title: string;
    /** ReviewBody|xsd:string|maxLength */
    body?: string;
}
