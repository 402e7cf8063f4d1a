import { ShopSoap11Port } from "../ports/ShopSoap11Port.js";
import { ShopSoap12Port } from "../ports/ShopSoap12Port.js";

export interface ShopService {
    readonly ShopSoap11Port: ShopSoap11Port;
    readonly ShopSoap12Port: ShopSoap12Port;
}
