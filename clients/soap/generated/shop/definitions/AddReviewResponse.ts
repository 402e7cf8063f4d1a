import { Items2 } from "./Items2.js";

/** AddReviewResponse */
export interface AddReviewResponse {
    /** review */
    review?: Items2;
}
