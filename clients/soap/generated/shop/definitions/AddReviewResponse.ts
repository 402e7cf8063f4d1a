import { Review } from "./Review.js";

/** AddReviewResponse */
export interface AddReviewResponse {
    /** review */
    review: Review;
}
