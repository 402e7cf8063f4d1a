import { randomBytes } from 'node:crypto';

/** 128 random bits, URL-safe: knowing the id is what gives access, so it must not be guessable. */
export const newSandboxId = (): string => randomBytes(16).toString('base64url');

/** The shape of an id this server hands out (22 base64url characters). */
export const isSandboxId = (text: string): boolean => /^[A-Za-z0-9_-]{22}$/.test(text);
