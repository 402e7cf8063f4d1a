
/** Register */
export interface Register {
    /** Email|xsd:string|maxLength,pattern */
    email: string;
    /** CustomerName|xsd:string|maxLength,pattern */
    name: string;
    /** Password|xsd:string|minLength,maxLength */
    password: string;
}
