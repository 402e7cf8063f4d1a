
/** GetCategory */
export interface GetCategory {
    /** Id|xsd:int|minInclusive,maxInclusive */
    id: number;
}
