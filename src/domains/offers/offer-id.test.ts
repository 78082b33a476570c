import assert from 'node:assert/strict';
import { test } from 'node:test';
import { OFFER_ID_SPACE, offerIdFromSeq, seqFromOfferId } from './offer-id.js';

test('offer ids are 7 digits/capitals, unique, invertible and not sequential-looking', () => {
  const seen = new Set<string>();
  for (let seq = 1; seq <= 50_000; seq++) {
    const id = offerIdFromSeq(seq);
    assert.match(id, /^[0-9A-Z]{7}$/);
    assert.ok(!seen.has(id), `duplicate id ${id}`);
    seen.add(id);
    assert.equal(seqFromOfferId(id), seq);
  }
  assert.equal(offerIdFromSeq(42), offerIdFromSeq(42));
  const [a, b] = [offerIdFromSeq(1000), offerIdFromSeq(1001)];
  assert.notEqual(a.slice(0, 5), b.slice(0, 5));
  assert.equal(seqFromOfferId(offerIdFromSeq(OFFER_ID_SPACE - 1)), OFFER_ID_SPACE - 1);
  assert.equal(seqFromOfferId('abc'), null);
  assert.throws(() => offerIdFromSeq(OFFER_ID_SPACE));
  assert.throws(() => offerIdFromSeq(1.5));
});
