
/** UpdateOrderStatus */
export interface UpdateOrderStatus {
    /** xsd:int */
    id: number;
    /** OrderStatus|xsd:string|pending,paid,shipped,cancelled */
    status: string;
}
