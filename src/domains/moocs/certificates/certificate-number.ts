import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Certificate numbers: `ES-<year>-XXXX-XXXX-XXXX-CCCC`. The twelve X are 60 random bits in Crockford
 * base32 (unique, not guessable); CCCC is a check group, the HMAC of the rest with the platform's
 * secret truncated to 20 bits: a mistyped or modified number fails without a database look-up, and
 * nobody can make well-formed numbers without the secret (those that pass still need a database row).
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const PREFIX = 'ES';
const RANDOM_CHARS = 12;
const CHECK_CHARS = 4;

function encode(bits: bigint, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) {
    text = ALPHABET[Number(bits & 31n)]! + text;
    bits >>= 5n;
  }
  return text;
}

function checkGroup(secret: string, year: string, random: string): string {
  const digest = createHmac('sha256', secret).update(`${PREFIX}-${year}-${random}`).digest();
  // The first 20 bits of the HMAC.
  const bits = (BigInt(digest[0]!) << 12n) | (BigInt(digest[1]!) << 4n) | (BigInt(digest[2]!) >> 4n);
  return encode(bits, CHECK_CHARS);
}

function format(year: string, random: string, check: string): string {
  return [PREFIX, year, random.slice(0, 4), random.slice(4, 8), random.slice(8, 12), check].join('-');
}

/** The number made of these twelve random characters, with its check group (tests use it directly). */
export function certificateNumberFor(secret: string, year: number, random: string): string {
  if (!new RegExp(`^[${ALPHABET}]{${RANDOM_CHARS}}$`).test(random)) throw new Error('certificateNumberFor: twelve Crockford base32 characters expected');
  const yearText = String(year).padStart(4, '0');
  return format(yearText, random, checkGroup(secret, yearText, random));
}

/** A new number for a certificate issued in `year` (uniqueness is also enforced by the database). */
export function generateCertificateNumber(secret: string, year: number): string {
  return certificateNumberFor(secret, year, encode(BigInt(`0x${randomBytes(8).toString('hex')}`) & ((1n << 60n) - 1n), RANDOM_CHARS));
}

/**
 * The canonical form of what someone typed (any case, spaces or dashes anywhere, O for 0, I or L
 * for 1), or null when it cannot be a certificate number.
 */
export function normaliseCertificateNumber(input: string): string | null {
  const compact = input.normalize('NFKC').toUpperCase().replace(/[\s\-‐‑–—_.]/g, '');
  const match = /^ES(\d{4})([0-9A-Z]{16})$/.exec(compact);
  if (!match) return null;
  const code = match[2]!.replace(/O/g, '0').replace(/[IL]/g, '1');
  if (/[^0-9A-HJKMNP-TV-Z]/.test(code)) return null;
  return format(match[1]!, code.slice(0, RANDOM_CHARS), code.slice(RANDOM_CHARS));
}

/** Whether a number (canonical form) carries a valid check group: no database involved. */
export function hasValidCheckGroup(secret: string, number: string): boolean {
  const match = /^ES-(\d{4})-([0-9A-Z]{4})-([0-9A-Z]{4})-([0-9A-Z]{4})-([0-9A-Z]{4})$/.exec(number);
  if (!match) return false;
  const expected = Buffer.from(checkGroup(secret, match[1]!, match[2]! + match[3]! + match[4]!));
  const given = Buffer.from(match[5]!);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
