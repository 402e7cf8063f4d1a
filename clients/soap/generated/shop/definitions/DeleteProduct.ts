
/** DeleteProduct */
export interface DeleteProduct {
    /** Id|xsd:int|minInclusive,maxInclusive */
    id: number;
}
