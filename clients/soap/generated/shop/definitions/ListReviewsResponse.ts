import { Items2 } from "./Items2.js";

/** ListReviewsResponse */
export interface ListReviewsResponse {
    /** items[] */
    items?: Array<Items2>;
    /** xsd:int */
    total: number;
    /** xsd:int */
    limit: number;
    /** xsd:int */
    offset: number;
}
