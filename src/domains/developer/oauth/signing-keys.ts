import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { calculateJwkThumbprint, type JWK } from 'jose';
import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import { ACCESS_TOKEN_SECONDS } from './token.claims.js';

export const SIGNING_ALG = 'EdDSA';
/** A new key is published this long before it signs, so that every process and client knows it. */
export const DEFAULT_PUBLICATION_SECONDS = 10 * 60;
/** An old key stays published this long after its successor signs: the last tokens it signed expire. */
const RETIREMENT_GRACE_SECONDS = ACCESS_TOKEN_SECONDS + 5 * 60;

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  publicJwk: JWK & { kid: string };
  activatesAt: Date;
  retiresAt: Date | null;
}

interface KeyRow {
  kid: string;
  private_jwk: string;
  public_jwk: string;
  activates_at: Date;
  retires_at: Date | null;
}

async function newKeyRow(): Promise<{ kid: string; privateJwk: string; publicJwk: string }> {
  const { privateKey } = generateKeyPairSync('ed25519');
  const { kty, crv, x } = createPublicKey(privateKey).export({ format: 'jwk' }) as JWK;
  const kid = await calculateJwkThumbprint({ kty, crv, x });
  return {
    kid,
    privateJwk: JSON.stringify(privateKey.export({ format: 'jwk' })),
    publicJwk: JSON.stringify({ kty, crv, x, kid, alg: SIGNING_ALG, use: 'sig' }),
  };
}

/**
 * Adds a key that starts signing after `publicationSeconds` and schedules the retirement of the
 * keys it replaces (once the last tokens they signed have expired). Returns the new kid.
 */
export async function rotateSigningKey(db: Db, publicationSeconds = DEFAULT_PUBLICATION_SECONDS): Promise<string> {
  const key = await newKeyRow();
  await db.transaction().execute(async (trx) => {
    await sql`LOCK TABLE oauth_signing_keys IN EXCLUSIVE MODE`.execute(trx);
    const activatesAt = sql`now() + make_interval(secs => ${publicationSeconds})`;
    await sql`UPDATE oauth_signing_keys SET retires_at = ${activatesAt} + make_interval(secs => ${RETIREMENT_GRACE_SECONDS})
      WHERE retires_at IS NULL OR retires_at > ${activatesAt} + make_interval(secs => ${RETIREMENT_GRACE_SECONDS})`.execute(trx);
    await sql`INSERT INTO oauth_signing_keys (kid, alg, private_jwk, public_jwk, activates_at)
      VALUES (${key.kid}, ${SIGNING_ALG}, ${key.privateJwk}, ${key.publicJwk}, ${activatesAt})`.execute(trx);
  });
  return key.kid;
}

/** The first key, created at once when there is none (two processes racing agree: the lock). */
async function ensureOneKey(db: Db): Promise<void> {
  const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM oauth_signing_keys`.execute(db);
  if (rows[0]!.n > 0) return;
  const key = await newKeyRow();
  await db.transaction().execute(async (trx) => {
    await sql`LOCK TABLE oauth_signing_keys IN EXCLUSIVE MODE`.execute(trx);
    const { rows: again } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM oauth_signing_keys`.execute(trx);
    if (again[0]!.n > 0) return;
    await sql`INSERT INTO oauth_signing_keys (kid, alg, private_jwk, public_jwk, activates_at)
      VALUES (${key.kid}, ${SIGNING_ALG}, ${key.privateJwk}, ${key.publicJwk}, now() - interval '1 second')`.execute(trx);
  });
}

/** Every key not retired yet, newest activation first. */
export async function loadSigningKeys(db: Db): Promise<SigningKey[]> {
  await ensureOneKey(db);
  const { rows } = await sql<KeyRow>`SELECT kid, private_jwk, public_jwk, activates_at, retires_at FROM oauth_signing_keys
    WHERE retires_at IS NULL OR retires_at > now() ORDER BY activates_at DESC, kid`.execute(db);
  return rows.map((row) => {
    const privateKey = createPrivateKey({ key: JSON.parse(row.private_jwk) as never, format: 'jwk' });
    return {
      kid: row.kid,
      privateKey,
      publicKey: createPublicKey(privateKey),
      publicJwk: JSON.parse(row.public_jwk) as JWK & { kid: string },
      activatesAt: new Date(row.activates_at),
      retiresAt: row.retires_at ? new Date(row.retires_at) : null,
    };
  });
}

/** Deletes keys retired for a day (nothing they signed is valid any more). */
export async function purgeRetiredKeys(db: Db): Promise<number> {
  const result = await sql`DELETE FROM oauth_signing_keys WHERE retires_at < now() - interval '1 day'`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
