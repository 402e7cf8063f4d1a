import { Items6 } from "./Items6.js";

/**
 * cart
 * @targetNSAlias `tns`
 * @targetNamespace `http://api-playground.example/shop/v1`
 */
export interface Cart {
    /** items[] */
    items?: Array<Items6>;
    /** xsd:long */
    totalCents: number;
}
