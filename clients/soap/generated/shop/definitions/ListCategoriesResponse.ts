import { Items } from "./Items.js";

/** ListCategoriesResponse */
export interface ListCategoriesResponse {
    /** items[] */
    items?: Array<Items>;
    /** xsd:int */
    total: number;
    /** xsd:int */
    limit: number;
    /** xsd:int */
    offset: number;
}
