
/** ListOrders */
export interface ListOrders {
    /** OrderStatus|xsd:string|pending,paid,shipped,cancelled */
    status?: "pending" | "paid" | "shipped" | "cancelled";
    /** Id|xsd:int|minInclusive,maxInclusive */
    customerId?: number;
    /** OrderSort|xsd:string|pattern */
    sort?: string;
    /** PageLimit|xsd:int|minInclusive,maxInclusive */
    limit?: number;
    /** PageOffset|xsd:int|minInclusive,maxInclusive */
    offset?: number;
}
