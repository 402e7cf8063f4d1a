
/** DeleteProduct */
export interface DeleteProduct {
    /** xsd:int */
    id: number;
}
