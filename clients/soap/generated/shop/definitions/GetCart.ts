
/** GetCart */
export interface GetCart {
}
