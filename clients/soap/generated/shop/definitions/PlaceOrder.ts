import { Items5 } from "./Items5.js";

/** PlaceOrder */
export interface PlaceOrder {
    /** items[] */
    items: Array<Items5>;
}
