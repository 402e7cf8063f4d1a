
/** Register */
export interface Register {
    /** xsd:string */
    email: string;
    /** xsd:string */
    name: string;
    /** xsd:string */
    password: string;
}
