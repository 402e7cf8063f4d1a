
/** CreateProduct */
export interface CreateProduct {
    /** Sku|xsd:string|pattern */
    sku: string;
    /** ProductName|xsd:string|maxLength,pattern */
    name: string;
    /** ProductDescription|xsd:string|maxLength */
    description?: string;
    /** PriceCents|xsd:int|minInclusive,maxInclusive */
    priceCents: number;
    /** Stock|xsd:int|minInclusive,maxInclusive */
    stock: number;
    /** Id|xsd:int|minInclusive,maxInclusive */
    categoryId: number;
}
