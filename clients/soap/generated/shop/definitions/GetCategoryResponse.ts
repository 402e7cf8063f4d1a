import { Items } from "./Items.js";

/** GetCategoryResponse */
export interface GetCategoryResponse {
    /** category */
    category: Items;
}
