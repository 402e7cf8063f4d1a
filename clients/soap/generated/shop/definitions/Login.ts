
/** Login */
export interface Login {
    /** LoginEmail|xsd:string|minLength,maxLength */
    email: string;
    /** LoginPassword|xsd:string|minLength,maxLength */
    password: string;
}
