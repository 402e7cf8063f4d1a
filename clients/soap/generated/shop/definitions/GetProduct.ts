
/** GetProduct */
export interface GetProduct {
    /** xsd:int */
    id: number;
}
