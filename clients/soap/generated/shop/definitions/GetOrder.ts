
/** GetOrder */
export interface GetOrder {
    /** Id|xsd:int|minInclusive,maxInclusive */
    id: number;
}
