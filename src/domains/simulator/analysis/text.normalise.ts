// Text normalisation for matching, keeping a map back to the original offsets so every match can be
// reported as a span of the answer as written.
//   - accents removed (é → e), lower case, œ → oe, æ → ae;
//   - typographic apostrophes (’ ‘ ʼ ´ `) → ', non-breaking and thin spaces, tabs → space,
//     dashes (‐ ‑ – —) → -, ellipsis … → ...
import type { Span } from '../engine/scenario.types.js';

export interface NormalisedText {
  /** The normalised text. */
  text: string;
  /** For each UTF-16 unit of `text`: start and end offsets of the original character it comes from. */
  origStart: number[];
  origEnd: number[];
  /** Length of the original text. */
  originalLength: number;
}

const SPECIAL: Record<string, string> = {
  '’': "'", '‘': "'", 'ʼ': "'", '´': "'", '`': "'",
  '\u00a0': ' ', '\u202f': ' ', '\u2009': ' ', '\t': ' ',
  '‐': '-', '‑': '-', '–': '-', '—': '-',
  '…': '...', 'œ': 'oe', 'Œ': 'oe', 'æ': 'ae', 'Æ': 'ae',
};

export function normaliseText(original: string): NormalisedText {
  let text = '';
  const origStart: number[] = [];
  const origEnd: number[] = [];
  let index = 0;
  for (const char of original) {
    const code = char.charCodeAt(0);
    const mapped = SPECIAL[char] ?? (code < 0x80 ? (code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : char) : char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
    for (let k = 0; k < mapped.length; k++) {
      origStart.push(index);
      origEnd.push(index + char.length);
    }
    text += mapped;
    index += char.length;
  }
  return { text, origStart, origEnd, originalLength: original.length };
}

/** Normalises a short text for comparison only (no map). */
export const normaliseWord = (word: string): string => normaliseText(word).text;

/** Maps a [start, end) range of the normalised text back to a span of the original. */
export function toSpan(norm: NormalisedText, start: number, end: number): Span {
  return { start: norm.origStart[start] ?? norm.originalLength, end: norm.origEnd[end - 1] ?? norm.originalLength };
}

export type TokenKind = 'word' | 'number' | 'symbol';

export interface Token {
  kind: TokenKind;
  /** Normalised text of the token. */
  text: string;
  /** Offsets in the normalised text. */
  start: number;
  end: number;
}

/**
 * Tokens of the normalised text: numbers (digits, optional decimal part), words (letters, hyphenated
 * parts kept together: « dix-huit »; an apostrophe splits: « j'ai » → « j », « ai »), and the symbols
 * % € $.
 */
export function tokenise(norm: NormalisedText): Token[] {
  const tokens: Token[] = [];
  for (const match of norm.text.matchAll(/\d+(?:[.,]\d+)?|\p{L}+(?:-\p{L}+)*|[%€$]/gu)) {
    const text = match[0];
    const start = match.index ?? 0;
    const kind: TokenKind = /^\d/.test(text) ? 'number' : /^\p{L}/u.test(text) ? 'word' : 'symbol';
    tokens.push({ kind, text, start, end: start + text.length });
  }
  return tokens;
}

/** Words as a reader counts them (« j'ai », « dix-huit », « 2 » are one word each), as normalised ranges. */
export function wordRanges(norm: NormalisedText): Array<{ start: number; end: number }> {
  return [...norm.text.matchAll(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/** Sentences: pieces between . ! ? and line breaks that hold at least one letter or digit. */
export function sentenceRanges(norm: NormalisedText): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  for (const match of norm.text.matchAll(/[^.!?\n]+/g)) {
    const start = match.index ?? 0;
    if (/[\p{L}\p{N}]/u.test(match[0])) {
      const leading = match[0].length - match[0].trimStart().length;
      ranges.push({ start: start + leading, end: start + match[0].trimEnd().length });
    }
  }
  return ranges;
}

/**
 * A global regex matching any of the phrases, as whole words. Phrases are regex fragments written in
 * normalised form (no accents, lower case); a space matches any run of spaces and an apostrophe may be
 * followed by spaces.
 */
export function phraseRegex(phrases: readonly string[]): RegExp {
  const body = phrases.map((p) => p.replace(/ /g, '\\s+').replace(/'/g, "'\\s*")).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'gu');
}

/** Every match of a phrase regex as a normalised range. */
export function findPhrases(norm: NormalisedText, regex: RegExp): Array<{ start: number; end: number; text: string }> {
  return [...norm.text.matchAll(regex)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0] }));
}
