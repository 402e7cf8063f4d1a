
/** CancelOrder */
export interface CancelOrder {
    /** xsd:int */
    id: number;
}
