
/** GetCategory */
export interface GetCategory {
    /** xsd:int */
    id: number;
}
