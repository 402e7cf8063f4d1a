
/** GetOrder */
export interface GetOrder {
    /** xsd:int */
    id: number;
}
