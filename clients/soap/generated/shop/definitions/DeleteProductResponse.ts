
/** DeleteProductResponse */
export interface DeleteProductResponse {
}
