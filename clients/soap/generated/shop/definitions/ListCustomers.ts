
/** ListCustomers */
export interface ListCustomers {
    /** PageLimit|xsd:int|minInclusive,maxInclusive */
    limit?: number;
    /** PageOffset|xsd:int|minInclusive,maxInclusive */
    offset?: number;
}
