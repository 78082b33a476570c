/**
 * Public offer ids: 7 characters (digits and capitals, like the agency's "048XKLM"), derived from
 * job_offers.seq by a keyed permutation of [0, 36^7) so that consecutive offers do not get
 * consecutive-looking ids. Deterministic and bijective: `seqFromOfferId(offerIdFromSeq(n)) === n`.
 *
 * The permutation is a 4-round balanced Feistel network on 38 bits (two 19-bit halves) with cycle
 * walking: values at or above 36^7 are permuted again until they fall inside the domain, which keeps
 * the mapping a bijection of [0, 36^7).
 */

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LENGTH = 7;
export const OFFER_ID_SPACE = 36 ** LENGTH; // 78 364 164 096
const HALF_BITS = 19;
const HALF_MASK = (1 << HALF_BITS) - 1;
const HALF_SPACE = 1 << HALF_BITS;
const KEYS = [0x5bd1e995, 0x1b873593, 0x27d4eb2f, 0x165667b1];

function round(half: number, key: number): number {
  let h = Math.imul(half ^ key, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h & HALF_MASK;
}

function feistel(value: number): number {
  let left = Math.floor(value / HALF_SPACE);
  let right = value % HALF_SPACE;
  for (const key of KEYS) {
    const next = left ^ round(right, key);
    left = right;
    right = next;
  }
  return left * HALF_SPACE + right;
}

function feistelInverse(value: number): number {
  let left = Math.floor(value / HALF_SPACE);
  let right = value % HALF_SPACE;
  for (let i = KEYS.length - 1; i >= 0; i--) {
    const previous = right ^ round(left, KEYS[i]!);
    right = left;
    left = previous;
  }
  return left * HALF_SPACE + right;
}

/** The public id of the offer with this sequence number (1 ≤ seq < 36^7). */
export function offerIdFromSeq(seq: number): string {
  if (!Number.isSafeInteger(seq) || seq < 0 || seq >= OFFER_ID_SPACE) throw new RangeError(`offer seq out of range: ${seq}`);
  let value = feistel(seq);
  while (value >= OFFER_ID_SPACE) value = feistel(value);
  let id = '';
  for (let i = 0; i < LENGTH; i++) {
    id = ALPHABET[value % 36]! + id;
    value = Math.floor(value / 36);
  }
  return id;
}

/** The sequence number behind a public id, or null when the text is not a well-formed id. */
export function seqFromOfferId(id: string): number | null {
  if (!/^[0-9A-Z]{7}$/.test(id)) return null;
  let value = 0;
  for (const char of id) value = value * 36 + ALPHABET.indexOf(char);
  value = feistelInverse(value);
  while (value >= OFFER_ID_SPACE) value = feistelInverse(value);
  return value;
}
