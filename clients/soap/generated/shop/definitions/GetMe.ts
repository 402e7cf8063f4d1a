
/** GetMe */
export interface GetMe {
}
