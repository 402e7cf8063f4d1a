import { z } from 'zod';
import { parseSortList } from '../../domain/queries.js';

/**
 * Zod schemas for XSD simple types as they arrive: strings from our parser (entity-free,
 * untyped, "007" intact), or already typed values from node-soap's own parser. Each coerces
 * the lexical form XSD allows and nothing else, so a bad value fails with its element path.
 */

const typeError = (expected: string) => ({
  error: (issue: { input: unknown }) => (issue.input === undefined ? 'Required.' : `Expected ${expected}.`),
});

const intLexical = /^\s*[+-]?\d{1,10}\s*$/;
export const xsdInt = z.preprocess(
  (value) => (typeof value === 'string' && intLexical.test(value) ? Number(value) : value),
  z.number(typeError('an integer (xsd:int)')).int('Expected an integer (xsd:int).').min(-2_147_483_648).max(2_147_483_647),
);

export const xsdBoolean = z.preprocess((value) => {
  const text = typeof value === 'string' ? value.trim() : value;
  if (text === 'true' || text === '1') return true;
  if (text === 'false' || text === '0') return false;
  return value;
}, z.boolean(typeError('true or false (xsd:boolean)')));

export const xsdString = z.string(typeError('text'));

export const xsdEnum = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((value) => (typeof value === 'string' ? value.trim() : value), z.enum(values, typeError(`one of ${values.join(', ')}`)));

/** xsi:nil arrives as null from node-soap and as undefined from our reader: both mean "not given". */
export const optional = <S extends z.ZodType>(schema: S) => z.preprocess((value) => (value === null ? undefined : value), schema.optional());

/** A repeated element: absent is an empty list, one occurrence is not yet an array. */
export const repeated = <S extends z.ZodType>(schema: S) =>
  z.preprocess((value) => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]), z.array(schema));

/** `priceCents,-createdAt`, the sort syntax REST uses, into the services' sort keys. */
export const sortList = <F extends string>(fields: readonly F[]) =>
  xsdString.transform((text, ctx) => {
    const { keys, unknown } = parseSortList(text, fields);
    if (unknown.length > 0) {
      ctx.addIssue({ code: 'custom', message: `Unknown sort field ${unknown.join(', ')}; use ${fields.join(', ')}.`, input: text });
      return z.NEVER;
    }
    return keys;
  });


