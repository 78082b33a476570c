import { createHash, createPublicKey, KeyObject, sign, verify } from 'node:crypto';
import type { JWK } from 'jose';
import type { CertificateRow } from '../moocs.table.js';
import { base58btcDecode, base58btcEncode, canonicalize } from './jcs.js';
import type { SigningKeyPair } from './signing-keys.js';

/**
 * Open Badges 3.0: the achievement of a certificate as an OpenBadgeCredential (Verifiable
 * Credentials Data Model 2.0), secured by an embedded DataIntegrityProof with the `eddsa-jcs-2022`
 * cryptosuite (JCS canonicalisation, SHA-256, Ed25519). The issuer's public key is published in its
 * profile (`/certificats/emetteur`, a Multikey) and as a JWKS.
 */
export const CREDENTIAL_CONTEXT = ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'];

export const issuerId = (publicUrl: string) => `${publicUrl}/certificats/emetteur`;
export const verificationUrl = (publicUrl: string, number: string) => `${publicUrl}/certificats/verifier/${number}`;

export interface IssuerInfo {
  publicUrl: string;
  operatorName: string;
}

type Certificate = Pick<CertificateRow, 'number' | 'learner_name' | 'course_title' | 'course_slug' | 'session_name' | 'issued_at'>;

const isoSeconds = (date: Date) => new Date(date).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The unsigned credential of a certificate (its id is the public verification page). */
export function buildCredential(certificate: Certificate, issuer: IssuerInfo): Record<string, unknown> {
  const { publicUrl, operatorName } = issuer;
  return {
    '@context': CREDENTIAL_CONTEXT,
    id: verificationUrl(publicUrl, certificate.number),
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: issuerId(publicUrl), type: ['Profile'], name: `${operatorName} — Emploi Store`, url: publicUrl },
    validFrom: isoSeconds(certificate.issued_at),
    name: `Certificat de réussite — ${certificate.course_title}`,
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [{ type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: certificate.learner_name }],
      achievement: {
        id: `${publicUrl}/moocs/${certificate.course_slug}#certificat`,
        type: ['Achievement'],
        achievementType: 'Certificate',
        name: certificate.course_title,
        description: `Réussite du MOOC « ${certificate.course_title} » (${certificate.session_name}) proposé sur Emploi Store.`,
        criteria: { narrative: 'Avoir consulté toutes les leçons du cours et réussi chacun de ses quiz pendant la session.' },
      },
    },
  };
}

function hashData(document: Record<string, unknown>, proofOptions: Record<string, unknown>): Buffer {
  // eddsa-jcs-2022: the proof configuration carries the document's @context; hash(config) ‖ hash(document).
  const proofConfig = { ...proofOptions, '@context': document['@context'] };
  const configHash = createHash('sha256').update(canonicalize(proofConfig)).digest();
  const documentHash = createHash('sha256').update(canonicalize(document)).digest();
  return Buffer.concat([configHash, documentHash]);
}

/** The credential with its proof (`created` defaults to now). */
export function signCredential(credential: Record<string, unknown>, keys: SigningKeyPair, publicUrl: string, created = new Date()): Record<string, unknown> {
  const { proof: _ignored, ...document } = credential;
  const options = {
    type: 'DataIntegrityProof',
    cryptosuite: 'eddsa-jcs-2022',
    created: isoSeconds(created),
    verificationMethod: `${issuerId(publicUrl)}#${keys.kid}`,
    proofPurpose: 'assertionMethod',
  };
  const signature = sign(null, hashData(document, options), keys.privateKey);
  return { ...document, proof: { ...options, proofValue: `z${base58btcEncode(signature)}` } };
}

/** Whether the credential's eddsa-jcs-2022 proof verifies with this public key (JWK or KeyObject). */
export function verifyCredential(secured: Record<string, unknown>, publicKey: JWK | KeyObject): boolean {
  const { proof, ...document } = secured;
  if (!proof || typeof proof !== 'object' || Array.isArray(proof)) return false;
  const { proofValue, ...options } = proof as Record<string, unknown>;
  if (options.type !== 'DataIntegrityProof' || options.cryptosuite !== 'eddsa-jcs-2022' || typeof proofValue !== 'string' || !proofValue.startsWith('z')) return false;
  try {
    const key = publicKey instanceof KeyObject ? publicKey : createPublicKey({ key: publicKey as never, format: 'jwk' });
    return verify(null, hashData(document, options), key, base58btcDecode(proofValue.slice(1)));
  } catch {
    return false;
  }
}

/** Multikey encoding of an Ed25519 public key: multibase base58btc of 0xed01 ‖ raw key. */
export function ed25519Multikey(publicJwk: JWK): string {
  const raw = Buffer.from(publicJwk.x!, 'base64url');
  return `z${base58btcEncode(Buffer.concat([Buffer.from([0xed, 0x01]), raw]))}`;
}

/** The issuer's profile (JSON-LD): who signs the badges and with which key. */
export function issuerProfile(issuer: IssuerInfo, keys: SigningKeyPair): Record<string, unknown> {
  const id = issuerId(issuer.publicUrl);
  const keyId = `${id}#${keys.kid}`;
  return {
    '@context': CREDENTIAL_CONTEXT,
    id,
    type: ['Profile'],
    name: `${issuer.operatorName} — Emploi Store`,
    url: issuer.publicUrl,
    description: 'Émetteur des certificats de réussite des MOOC de l’emploi. Chaque certificat se vérifie sur la page publique de vérification.',
    verificationMethod: [{ id: keyId, type: 'Multikey', controller: id, publicKeyMultibase: ed25519Multikey(keys.publicJwk) }],
    assertionMethod: [keyId],
  };
}
