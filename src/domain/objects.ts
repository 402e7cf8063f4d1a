/**
 * A copy without the keys whose value is `undefined`: an absent query parameter, XML element
 * or GraphQL argument stays absent, so the services apply their own defaults.
 */
export const withoutUndefined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
