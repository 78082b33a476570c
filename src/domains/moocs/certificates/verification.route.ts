import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { normaliseCertificateNumber } from './certificate-number.js';
import { BADGE_KEY_NAME } from './certificate.route.js';
import { verifyCertificate } from './certificates.service.js';
import { issuerProfile } from './open-badge.js';
import { getOrCreateKeyPair } from './signing-keys.js';
import { VerificationFormPage, VerificationResultPage } from './verification.page.js';

const NUMBER_FORMAT_ERROR = 'Le numéro n’a pas le bon format : il commence par ES, suivi de l’année et de seize lettres ou chiffres (par exemple ES-2026-7K3M-9QXP-4TDF-2B8H).';

/** Public verification of certificates, and the Open Badges issuer's profile and public keys. */
export function registerVerificationRoutes(app: FastifyInstance): void {
  app.get<{ Querystring: { numero?: string } }>(
    '/certificats/verifier',
    { config: { access: 'public' }, schema: { hide: true, querystring: { type: 'object', properties: { numero: { type: 'string', maxLength: 200 } } } } },
    async (request, reply) => {
      const typed = request.query.numero;
      if (typed === undefined) return reply.page({ title: 'Vérifier un certificat', description: 'Vérifiez l’authenticité d’un certificat de réussite des MOOC de l’emploi avec son numéro.' }, h(VerificationFormPage, { value: '' }));
      const number = normaliseCertificateNumber(typed);
      if (number) return reply.redirect(`/certificats/verifier/${number}`, 303);
      const errors = { numero: typed.trim() ? NUMBER_FORMAT_ERROR : 'Indiquez le numéro du certificat.' };
      return reply.status(400).page({ title: 'Erreur — Vérifier un certificat' }, h(VerificationFormPage, { value: typed, errors }));
    },
  );

  app.get<{ Params: { number: string } }>(
    '/certificats/verifier/:number',
    { config: { access: 'public' }, schema: { hide: true, params: { type: 'object', required: ['number'], properties: { number: { type: 'string', maxLength: 200 } } } } },
    async (request, reply) => {
      const typed = request.params.number;
      const canonical = normaliseCertificateNumber(typed);
      // A number read aloud or typed by hand: the page has one address per certificate.
      if (canonical && canonical !== typed) return reply.redirect(`/certificats/verifier/${canonical}`, 301);
      const verification = await verifyCertificate(app.db, typed);
      const title = verification.status === 'genuine' ? 'Certificat authentique' : verification.status === 'revoked' ? 'Certificat révoqué' : 'Certificat introuvable';
      return reply
        .status(verification.status === 'unknown' ? 404 : 200)
        .header('cache-control', 'no-store')
        .header('x-robots-tag', 'noindex')
        .page({ title: `${title} — Vérification d’un certificat` }, h(VerificationResultPage, { verification, typed, operatorName: app.config.operatorName }));
    },
  );

  app.get('/certificats/emetteur', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) => {
    const keys = await getOrCreateKeyPair(app.db, BADGE_KEY_NAME);
    const profile = issuerProfile({ publicUrl: app.config.publicUrl, operatorName: app.config.operatorName }, keys);
    return reply.header('cache-control', 'public, max-age=3600').type('application/ld+json; charset=utf-8').send(JSON.stringify(profile, null, 2));
  });

  app.get('/certificats/emetteur/jwks.json', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) => {
    const keys = await getOrCreateKeyPair(app.db, BADGE_KEY_NAME);
    return reply.header('cache-control', 'public, max-age=3600').type('application/jwk-set+json; charset=utf-8').send(JSON.stringify({ keys: [keys.publicJwk] }));
  });
}
