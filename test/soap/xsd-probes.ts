import { requestSlots, simpleTypes, uniqueConstraintsOf, type RequestSlot } from './shop-xsd.js';

/**
 * Request values on both sides of each rule the XSD states, read from the XSD itself: each
 * range and length bound and the value next to it, each enumeration value and one that is not,
 * each element left out, one occurrence too many, a repeated key. Patterns cannot be read
 * backwards, so their probes are listed here; whether each is inside is still the XSD's call.
 */

export const omitted = Symbol('omitted');
export interface Probe {
  slot: RequestSlot;
  label: string;
  value: unknown;
  /** What the probe was built to be; the test checks that the XSD agrees. */
  inside: boolean;
}

const notBlank = { inside: ['x', ' two words ', 'line\nbreak'], outside: ['', '   ', '\t\n'] };
const sortProbes = (keys: string[]) => ({
  inside: ['', keys.join(','), ` , -${keys[0]} ,, +${keys.at(-1)}`, Array(5).fill(`-${keys[0]}`).join(',')],
  outside: ['unknownField', '-', `--${keys[0]}`, `- ${keys[0]}`, `${keys[0]};${keys[1]}`, Array(6).fill(keys[0]).join(',')],
});

export const patternProbes: Record<string, { inside: string[]; outside: string[] }> = {
  Sku: { inside: ['ABC', 'MUG-042', '9'.repeat(32)], outside: ['AB', 'mug-042', 'A'.repeat(33), 'MUG 042', 'MUG_042'] },
  ProductName: notBlank,
  ReviewTitle: notBlank,
  CustomerName: notBlank,
  Email: {
    inside: ["o'neil+tag@mail.example.com", 'a@b.co', 'x.y@a-b.example', 'UPPER@EXAMPLE.COM'],
    outside: ['a@b', 'a..b@example.com', '.a@example.com', 'a@-x.example', 'a b@example.com', 'a@example.com.', '@example.com', 'a@b_c.example'],
  },
  ProductSort: sortProbes(['id', 'name', 'priceCents', 'stock', 'createdAt']),
  ReviewSort: sortProbes(['id', 'rating', 'createdAt']),
  OrderSort: sortProbes(['id', 'createdAt', 'totalCents']),
};

/** Text of length n that the type's pattern allows. */
const fill = (type: string, n: number): string => (type === 'Email' ? `${'a'.repeat(n - '@example.com'.length)}@example.com` : 'x'.repeat(n));

function valueProbes(slot: RequestSlot): Probe[] {
  const type = simpleTypes.get(slot.type);
  if (!type) return [];
  const probe = (label: string, value: unknown, inside: boolean): Probe => ({ slot, label, value, inside });
  const probes: Probe[] = [];
  const { minInclusive: min, maxInclusive: max, minLength, maxLength } = type;
  if (min !== undefined) probes.push(probe(`minInclusive ${min} - 1`, min - 1, false), probe(`minInclusive ${min}`, min, true));
  if (max !== undefined) probes.push(probe(`maxInclusive ${max}`, max, true), probe(`maxInclusive ${max} + 1`, max + 1, false));
  if (minLength !== undefined && minLength > 0) {
    probes.push(probe(`minLength ${minLength} - 1`, fill(type.name, minLength - 1), false), probe(`minLength ${minLength}`, fill(type.name, minLength), true));
  }
  if (maxLength !== undefined) {
    probes.push(probe(`maxLength ${maxLength}`, fill(type.name, maxLength), true), probe(`maxLength ${maxLength} + 1`, fill(type.name, maxLength + 1), false));
  }
  for (const value of type.enumeration) probes.push(probe(`enumeration ${value}`, value, true));
  if (type.enumeration.length > 0) probes.push(probe('not in the enumeration', `not-${type.enumeration[0]}`, false));
  if (type.patterns.length > 0) {
    const listed = patternProbes[type.name];
    if (!listed) throw new Error(`The simple type ${type.name} has a pattern and no probes: add some to patternProbes.`);
    for (const value of listed.inside) probes.push(probe(`pattern ${JSON.stringify(value)}`, value, true));
    for (const value of listed.outside) probes.push(probe(`pattern ${JSON.stringify(value)}`, value, false));
  }
  return probes;
}

function occurrenceProbes(operation: string, slot: RequestSlot, sample: Record<string, unknown>): Probe[] {
  const probes: Probe[] = [{ slot, label: `left out (minOccurs ${slot.minOccurs})`, value: omitted, inside: slot.minOccurs === 0 }];
  if (slot.maxOccurs === Infinity || slot.maxOccurs <= 1) return probes;
  const first = ([sample[String(slot.path[0])]].flat()[0] ?? {}) as Record<string, unknown>;
  const unique = uniqueConstraintsOf(operation).find((constraint) => constraint.selector === slot.path.at(-1));
  // Distinct keys where the XSD asks for them: 1, 2, 3... are existing ids in the seeded shop.
  const times = (n: number) => Array.from({ length: n }, (_, i) => (unique ? { ...first, [unique.field]: i + 1 } : first));
  probes.push({ slot, label: `maxOccurs ${slot.maxOccurs}`, value: times(slot.maxOccurs), inside: true });
  probes.push({ slot, label: `maxOccurs ${slot.maxOccurs} + 1`, value: times(slot.maxOccurs + 1), inside: false });
  if (unique) probes.push({ slot, label: `the same ${unique.field} twice (xsd:unique)`, value: [first, first], inside: false });
  return probes;
}

/** Every probe of one operation's request. */
export const probesOf = (operation: string, sample: Record<string, unknown>): Probe[] =>
  requestSlots(operation).flatMap((slot) => [...occurrenceProbes(operation, slot, sample), ...valueProbes(slot)]);

/** The sample with one element changed (or left out), its elements in the XSD's sequence order. */
export function argsWith(operation: string, sample: Record<string, unknown>, probe: Probe): Record<string, unknown> {
  const args = structuredClone(sample);
  let node = args as Record<string | number, unknown>;
  for (const key of probe.slot.path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = probe.slot.path.at(-1) as string;
  if (probe.value === omitted) delete node[last];
  else node[last] = probe.value;
  return inSequenceOrder(operation, args);
}

function inSequenceOrder(operation: string, args: Record<string, unknown>): Record<string, unknown> {
  const slots = requestSlots(operation);
  const order = (value: Record<string, unknown>, prefix: string): Record<string, unknown> => {
    const names = slots.filter((slot) => slot.path.slice(0, -1).join('.') === prefix).map((slot) => String(slot.path.at(-1)));
    const child = (name: string, inner: unknown): unknown =>
      typeof inner === 'object' && inner !== null ? order(inner as Record<string, unknown>, prefix ? `${prefix}.${name}.0` : `${name}.0`) : inner;
    return Object.fromEntries(
      names.filter((name) => name in value).map((name) => {
        const inner = value[name];
        return [name, Array.isArray(inner) ? inner.map((item: unknown) => child(name, item)) : child(name, inner)];
      }),
    );
  };
  return order(args, '');
}
