
/** Logout */
export interface Logout {
}
