import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { VersionedCache } from './versioned-cache.js';

describe('VersionedCache', () => {
  test('hits for the same version before expiry only', () => {
    const cache = new VersionedCache<string>(10, 1000);
    cache.set('k', 1, 'v', 0);
    assert.equal(cache.get('k', 1, 500), 'v');
    assert.equal(cache.get('k', 2, 500), undefined, 'a new version invalidates');
    cache.set('k', 1, 'v', 0);
    assert.equal(cache.get('k', 1, 1000), undefined, 'expired');
  });

  test('evicts the least recently used entry past its size', () => {
    const cache = new VersionedCache<number>(2, 10_000);
    cache.set('a', 1, 1, 0);
    cache.set('b', 1, 2, 0);
    assert.equal(cache.get('a', 1, 1), 1);
    cache.set('c', 1, 3, 2);
    assert.equal(cache.size, 2);
    assert.equal(cache.get('b', 1, 3), undefined);
    assert.equal(cache.get('a', 1, 3), 1);
  });

  test('disabled with a zero TTL', () => {
    const cache = new VersionedCache<number>(10, 0);
    cache.set('a', 1, 1);
    assert.equal(cache.get('a', 1), undefined);
  });
});
