
/** GetCustomer */
export interface GetCustomer {
    /** Id|xsd:int|minInclusive,maxInclusive */
    id: number;
}
