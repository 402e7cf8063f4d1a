import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

const listed = (text: string): string[] =>
  [...text.matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1] as string);

/** The names loadConfig looks up, seen through an environment that records every read. */
function settingsRead(): string[] {
  const read = new Set<string>();
  const env = new Proxy({} as Record<string, string | undefined>, {
    get(_target, key) {
      if (typeof key === 'string' && /^[A-Z][A-Z0-9_]*$/.test(key)) read.add(key);
      return undefined;
    },
  });
  loadConfig(env);
  return [...read].sort();
}

describe('.env.example', () => {
  it('lists every setting src/config.ts reads, and nothing else', () => {
    const example = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8');
    const read = settingsRead();
    expect(read).toContain('PORT');
    expect(listed(example).sort()).toEqual(read);
  });

  it('holds values the server accepts', () => {
    const example = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8');
    const values = Object.fromEntries([...example.matchAll(/^([A-Z][A-Z0-9_]*)=(.*)$/gm)].map((match) => [match[1], match[2]]));
    expect(() => loadConfig(values)).not.toThrow();
  });
});
