import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { certificateNumberFor, generateCertificateNumber, hasValidCheckGroup, normaliseCertificateNumber } from './certificate-number.js';

const SECRET = 'secret-de-test-0123456789';
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const FORMAT = /^ES-2026-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

describe('certificate numbers', () => {
  test('have the year, 60 random bits in Crockford base32 and a check group that verifies', () => {
    const number = generateCertificateNumber(SECRET, 2026);
    assert.match(number, FORMAT);
    assert.ok(hasValidCheckGroup(SECRET, number));
    assert.equal(hasValidCheckGroup('un-autre-secret', number), false, 'the check group depends on the platform secret');
  });

  test('are unique over many draws', () => {
    const numbers = new Set<string>();
    const randomParts = new Set<string>();
    for (let i = 0; i < 20_000; i++) {
      const number = generateCertificateNumber(SECRET, 2026);
      numbers.add(number);
      randomParts.add(number.slice(8, 22));
    }
    assert.equal(numbers.size, 20_000);
    assert.equal(randomParts.size, 20_000);
  });

  test('a number with any one character changed fails the check (no database needed)', () => {
    const number = certificateNumberFor(SECRET, 2026, '7K3M9QXP4TDF');
    assert.ok(hasValidCheckGroup(SECRET, number));
    const positions = [...number].map((char, index) => (/[0-9A-Z]/.test(char) && index > 2 ? index : -1)).filter((index) => index >= 0);
    assert.equal(positions.length, 20, 'year, random part and check group');
    let tried = 0;
    for (const index of positions) {
      const alternatives = index < 7 ? '0123456789' : ALPHABET;
      for (const replacement of alternatives) {
        if (replacement === number[index]) continue;
        const modified = number.slice(0, index) + replacement + number.slice(index + 1);
        assert.equal(hasValidCheckGroup(SECRET, modified), false, modified);
        tried++;
      }
    }
    assert.ok(tried > 500);
    // Two characters swapped.
    assert.equal(hasValidCheckGroup(SECRET, number.replace('7K3M', 'K73M')), false);
  });

  test('typed input is normalised: case, spaces, missing dashes, O for 0 and I/L for 1', () => {
    const number = certificateNumberFor(SECRET, 2026, '7K3M9QX014DF');
    assert.equal(number.slice(0, 22), 'ES-2026-7K3M-9QX0-14DF');
    const check = number.slice(23);
    for (const typed of [number, number.toLowerCase(), number.replaceAll('-', ''), ` es 2026 7k3m 9qx0 14df ${check.toLowerCase()} `, `ES-2026-7K3M-9QXO-I4DF-${check}`, `es2026-7k3m9qxol4df${check}`]) {
      assert.equal(normaliseCertificateNumber(typed), number, typed);
    }
    for (const typed of ['', 'inconnu', 'ES-2026-7K3M-9QXP-4TDF', 'ES-26-7K3M-9QXP-4TDF-2B8H', 'XX-2026-7K3M-9QXP-4TDF-2B8H', 'ES-2026-7K3M-9QXP-4TDF-2B8U', `${number}-AAAA`]) {
      assert.equal(normaliseCertificateNumber(typed), null, typed);
    }
    assert.equal(hasValidCheckGroup(SECRET, 'ES-2026-7K3M'), false);
  });
});
