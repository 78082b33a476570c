import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { calculateJwkThumbprint, type JWK } from 'jose';
import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';

export interface SigningKeyPair {
  /** JWK thumbprint (RFC 7638) of the public key: its `kid`. */
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** The public key as a JWK (OKP, Ed25519), with its kid. */
  publicJwk: JWK & { kid: string };
}

/**
 * An Ed25519 key pair generated once and kept in `platform_secrets` (the private key as a JWK), so
 * that every process signs with the same key; two processes racing to create it agree on the first.
 */
export async function getOrCreateKeyPair(db: Db, name: string): Promise<SigningKeyPair> {
  const { privateKey: generated } = generateKeyPairSync('ed25519');
  const candidate = JSON.stringify(generated.export({ format: 'jwk' }));
  await sql`INSERT INTO platform_secrets (name, value) VALUES (${name}, ${candidate}) ON CONFLICT (name) DO NOTHING`.execute(db);
  const { rows } = await sql<{ value: string }>`SELECT value FROM platform_secrets WHERE name = ${name}`.execute(db);
  const privateJwk = JSON.parse(rows[0]!.value) as JWK;
  const privateKey = createPrivateKey({ key: privateJwk as never, format: 'jwk' });
  const publicKey = createPublicKey(privateKey);
  const { kty, crv, x } = publicKey.export({ format: 'jwk' }) as JWK;
  const kid = await calculateJwkThumbprint({ kty, crv, x });
  return { kid, privateKey, publicKey, publicJwk: { kty, crv, x, kid, alg: 'EdDSA', use: 'sig' } };
}
