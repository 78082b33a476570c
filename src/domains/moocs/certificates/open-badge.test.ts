import assert from 'node:assert/strict';
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { describe, test } from 'node:test';
import { calculateJwkThumbprint, type JWK } from 'jose';
import { base58btcDecode, base58btcEncode, canonicalize } from './jcs.js';
import { buildCredential, ed25519Multikey, issuerProfile, signCredential, verifyCredential } from './open-badge.js';
import type { SigningKeyPair } from './signing-keys.js';

async function keyPair(): Promise<SigningKeyPair> {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const { kty, crv, x } = publicKey.export({ format: 'jwk' }) as JWK;
  const kid = await calculateJwkThumbprint({ kty, crv, x });
  return { kid, privateKey, publicKey, publicJwk: { kty, crv, x, kid } };
}

const issuer = { publicUrl: 'https://emploi-store.example', operatorName: 'Pôle emploi' };
const certificate = {
  number: 'ES-2026-7K3M-9QXP-4TDF-2B8H',
  learner_name: 'Camille Martin',
  course_title: 'Réussir l’entretien d’embauche',
  course_slug: 'reussir-l-entretien-d-embauche',
  session_name: 'Session de mars 2026',
  issued_at: new Date('2026-04-02T09:30:12.345Z'),
};

describe('Open Badges 3.0 credentials', () => {
  test('JCS canonicalisation (RFC 8785) and base58btc', () => {
    assert.equal(canonicalize({ b: [1, 'é', null, true], a: { d: 1e21, c: 0.5 }, '€': 1, '\u0080': 2 }), '{"a":{"c":0.5,"d":1e+21},"b":[1,"é",null,true],"\u0080":2,"€":1}');
    assert.equal(canonicalize({ numbers: [333333333.3333333, 1e30, 4.5, 0.002, 1e-27] }), '{"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27]}');
    const bytes = Uint8Array.from([0, 0, 1, 2, 255, 254]);
    assert.deepEqual(base58btcDecode(base58btcEncode(bytes)), bytes);
    assert.equal(base58btcEncode(new TextEncoder().encode('Hello World!')), '2NEpo7TZRRrLZSi2U');
  });

  test('the credential follows the VC 2.0 / OB 3.0 shape', () => {
    const credential = JSON.parse(JSON.stringify(buildCredential(certificate, issuer)));
    assert.deepEqual(credential['@context'], ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json']);
    assert.deepEqual(credential.type, ['VerifiableCredential', 'OpenBadgeCredential']);
    assert.equal(credential.id, 'https://emploi-store.example/certificats/verifier/ES-2026-7K3M-9QXP-4TDF-2B8H');
    assert.equal(credential.issuer.id, 'https://emploi-store.example/certificats/emetteur');
    assert.equal(credential.validFrom, '2026-04-02T09:30:12Z');
    assert.deepEqual(credential.credentialSubject.type, ['AchievementSubject']);
    assert.equal(credential.credentialSubject.identifier[0].identityHash, 'Camille Martin');
    assert.deepEqual(credential.credentialSubject.achievement.type, ['Achievement']);
    assert.equal(credential.credentialSubject.achievement.name, 'Réussir l’entretien d’embauche');
    assert.ok(credential.credentialSubject.achievement.criteria.narrative.length > 10);
  });

  test('the eddsa-jcs-2022 proof verifies with the public key; any change breaks it', async () => {
    const keys = await keyPair();
    const signed = JSON.parse(JSON.stringify(signCredential(buildCredential(certificate, issuer), keys, issuer.publicUrl)));
    assert.equal(signed.proof.type, 'DataIntegrityProof');
    assert.equal(signed.proof.cryptosuite, 'eddsa-jcs-2022');
    assert.equal(signed.proof.proofPurpose, 'assertionMethod');
    assert.equal(signed.proof.verificationMethod, `https://emploi-store.example/certificats/emetteur#${keys.kid}`);
    assert.match(signed.proof.proofValue, /^z[1-9A-HJ-NP-Za-km-z]{80,90}$/);
    assert.ok(verifyCredential(signed, keys.publicJwk));
    const reordered = Object.fromEntries(Object.entries(signed).reverse());
    assert.ok(verifyCredential(reordered, keys.publicKey), 'key order does not matter (canonicalised)');

    const tampered = structuredClone(signed);
    tampered.credentialSubject.identifier[0].identityHash = 'Dominique Martin';
    assert.equal(verifyCredential(tampered, keys.publicJwk), false);
    const tamperedNumber = structuredClone(signed);
    tamperedNumber.id = tamperedNumber.id.replace('2B8H', '2B8J');
    assert.equal(verifyCredential(tamperedNumber, keys.publicJwk), false);
    const tamperedProof = structuredClone(signed);
    tamperedProof.proof.created = '2020-01-01T00:00:00Z';
    assert.equal(verifyCredential(tamperedProof, keys.publicJwk), false);
    const other = await keyPair();
    assert.equal(verifyCredential(signed, other.publicJwk), false);
    const { proof: _proof, ...unsigned } = signed;
    assert.equal(verifyCredential(unsigned, keys.publicJwk), false);
  });

  test('the issuer profile publishes the key as a Multikey', async () => {
    const keys = await keyPair();
    const profile = JSON.parse(JSON.stringify(issuerProfile(issuer, keys)));
    assert.equal(profile.id, 'https://emploi-store.example/certificats/emetteur');
    const method = profile.verificationMethod[0];
    assert.equal(method.type, 'Multikey');
    assert.deepEqual(profile.assertionMethod, [method.id]);
    assert.match(method.publicKeyMultibase, /^z6Mk/);
    const raw = base58btcDecode(method.publicKeyMultibase.slice(1));
    assert.deepEqual([...raw.slice(0, 2)], [0xed, 0x01]);
    const jwk = { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(raw.slice(2)).toString('base64url') };
    assert.equal(createPublicKey({ key: jwk, format: 'jwk' }).export({ format: 'der', type: 'spki' }).toString('hex'), keys.publicKey.export({ format: 'der', type: 'spki' }).toString('hex'));
    assert.equal(ed25519Multikey(keys.publicJwk), method.publicKeyMultibase);
  });
});
