
/** GetProduct */
export interface GetProduct {
    /** Id|xsd:int|minInclusive,maxInclusive */
    id: number;
}
