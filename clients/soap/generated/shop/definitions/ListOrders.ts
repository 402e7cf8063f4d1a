
/** ListOrders */
export interface ListOrders {
    /** OrderStatus|xsd:string|pending,paid,shipped,cancelled */
    status?: string;
    /** xsd:int */
    customerId?: number;
    /** xsd:string */
    sort?: string;
    /** xsd:int */
    limit?: number;
    /** xsd:int */
    offset?: number;
}
