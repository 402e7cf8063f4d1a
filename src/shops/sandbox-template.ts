import { openDatabase } from '../store/open-database.js';
import { seedDatabase } from '../store/seed.js';

/**
 * The seeded shop as database bytes, made once: a sandbox is a copy of them (about 120 kB,
 * a millisecond), not a new seed run. The seed carries precomputed password hashes, so no
 * account costs a hash either.
 */
export function createSandboxTemplate(): () => Buffer {
  let bytes: Buffer | undefined;
  return () => {
    if (!bytes) {
      const db = openDatabase(':memory:');
      seedDatabase(db);
      bytes = db.serialize();
      db.close();
    }
    return bytes;
  };
}
