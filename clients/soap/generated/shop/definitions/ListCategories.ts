
/** ListCategories */
export interface ListCategories {
}
