/**
 * Which fields of a response a scenario used: a response leaf is marked when the scenario's
 * answer holds the same value under a matching name (`name` feeds `productName`, `id` feeds
 * `id`), or when the value is a distinctive string (an error code, a field path).
 */
export type FieldMark = [name: string, value: string];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Leaves as [nearest key, value as text]; items of an array take the array's key. */
function leaves(value: unknown, key = ''): FieldMark[] {
  if (Array.isArray(value)) return value.flatMap((item) => leaves(item, key));
  if (isRecord(value)) return Object.entries(value).flatMap(([name, item]) => leaves(item, name));
  return value === undefined || value === null ? [] : [[key, String(value)]];
}

const distinctive = (value: string) => value.length >= 4 && !/^(-?\d+(\.\d+)?|true|false)$/.test(value);
const namesMatch = (responseKey: string, answerKey: string) =>
  responseKey !== '' && (responseKey === answerKey || answerKey.toLowerCase().endsWith(responseKey.toLowerCase()));

/** The distinct [name, value] leaves of `response` that the answer used. */
export function usedFields(response: unknown, answer: unknown): FieldMark[] {
  const wanted = new Map<string, string[]>();
  for (const [key, value] of leaves(answer)) wanted.set(value, [...(wanted.get(value) ?? []), key]);
  const marks = new Map<string, FieldMark>();
  for (const [key, value] of leaves(response)) {
    const answerKeys = wanted.get(value);
    if (answerKeys && (distinctive(value) || answerKeys.some((answerKey) => namesMatch(key, answerKey)))) marks.set(`${key}\u0000${value}`, [key, value]);
  }
  return [...marks.values()];
}

/** How many leaves of `response` carry a used [name, value]. */
export function countUsedLeaves(response: unknown, marks: FieldMark[]): number {
  const used = new Set(marks.map(([key, value]) => `${key}\u0000${value}`));
  return leaves(response).filter(([key, value]) => used.has(`${key}\u0000${value}`)).length;
}
