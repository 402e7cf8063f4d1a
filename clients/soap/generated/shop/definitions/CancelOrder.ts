
/** CancelOrder */
export interface CancelOrder {
    /** Id|xsd:int|minInclusive,maxInclusive */
    id: number;
}
