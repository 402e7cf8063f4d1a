import { Items1 } from "./Items1.js";

/** ListProductsResponse */
export interface ListProductsResponse {
    /** items[] */
    items?: Array<Items1>;
    /** xsd:int */
    total: number;
    /** xsd:int */
    limit: number;
    /** xsd:int */
    offset: number;
}
