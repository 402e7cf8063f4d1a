/** The services' only source of time, so tests can move it (session expiry, rate windows). */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests advance by hand instead of sleeping. */
export function createManualClock(start = '2026-06-01T12:00:00.000Z'): Clock & { advance(ms: number): void } {
  let current = Date.parse(start);
  return {
    now: () => new Date(current),
    advance: (ms) => {
      current += ms;
    },
  };
}
