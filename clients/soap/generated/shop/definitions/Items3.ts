import { Items4 } from "./Items4.js";

/**
 * items
 * @targetNSAlias `tns`
 * @targetNamespace `http://api-playground.example/shop/v1`
 */
export interface Items3 {
    /** xsd:int */
    id: number;
    /** xsd:int */
    customerId: number;
    /** OrderStatus|xsd:string|pending,paid,shipped,cancelled */
    status: "pending" | "paid" | "shipped" | "cancelled";
    /** items[] */
    items?: Array<Items4>;
    /** xsd:long */
    totalCents: number;
    /** xsd:dateTime */
    createdAt: Date;
    /** xsd:dateTime */
    updatedAt: Date;
}
