
/** ListCustomers */
export interface ListCustomers {
    /** xsd:int */
    limit?: number;
    /** xsd:int */
    offset?: number;
}
