
/** GetCustomer */
export interface GetCustomer {
    /** xsd:int */
    id: number;
}
