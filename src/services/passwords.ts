import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * scrypt at one of the OWASP Password Storage Cheat Sheet's equivalent settings: N=2^14, r=8,
 * p=5 is listed as as strong as N=2^17, r=8, p=1, but needs 16 MiB per hash instead of 128 MiB
 * (memory is 128·N·r; p repeats the work in sequence, adding time, not memory). Hashes made at
 * the old setting keep verifying: the parameters travel in the stored string.
 */
export const owaspScrypt = { N: 2 ** 14, r: 8, p: 5 } as const;
const keyLength = 32;

export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

function derive(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** `scrypt$N$r$p$salt$hash` (base64url): the parameters travel with the hash, so they can be raised later. */
export async function hashPassword(password: string, cost: ScryptCost = owaspScrypt): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/**
 * The cost read back from a stored hash, if it is one scrypt accepts and within bounds: a corrupt
 * or planted row must answer "wrong password", not throw or allocate gigabytes (N=2^30 wants 8 GiB).
 */
function storedCost(n = '', r = '', p = ''): ScryptCost | undefined {
  const [N, R, P] = [n, r, p].map((part) => (/^\d{1,8}$/.test(part) ? Number(part) : 0)) as [number, number, number];
  const powerOfTwo = N >= 2 && (N & (N - 1)) === 0;
  // Memory (128·N·r) up to 256 MiB, and total work (N·r·p) up to 8 times today's setting.
  const withinBounds = R >= 1 && P >= 1 && P <= 16 && 128 * N * R <= 256 * 2 ** 20 && N * R * P <= 8 * 2 ** 20;
  return powerOfTwo && withinBounds ? { N, r: R, p: P } : undefined;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  const cost = storedCost(n, r, p);
  if (scheme !== 'scrypt' || !cost || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  try {
    const actual = await derive(password, Buffer.from(salt, 'base64url'), cost);
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  } catch {
    return false;
  }
}
