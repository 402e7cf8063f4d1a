
/** Login */
export interface Login {
    /** xsd:string */
    email: string;
    /** xsd:string */
    password: string;
}
