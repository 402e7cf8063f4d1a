
/** UpdateOrderStatus */
export interface UpdateOrderStatus {
    /** Id|xsd:int|minInclusive,maxInclusive */
    id: number;
    /** OrderStatus|xsd:string|pending,paid,shipped,cancelled */
    status: "pending" | "paid" | "shipped" | "cancelled";
}
