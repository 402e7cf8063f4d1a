
/** LogoutResponse */
export interface LogoutResponse {
}
