import type { FastifyInstance } from 'fastify';
import { declareScheduledJob } from '../../../platform/jobs/index.js';
import { expireEndedOffers } from './offer-expiry.js';

export { importOffers, ImportInputError, type ImportOffersOptions, type ImportSummary } from './import-offers.service.js';
export { expireEndedOffers } from './offer-expiry.js';

/** Offers past their end date expire every hour (imports also run it when they finish). */
export function registerOffersIngestion(app: FastifyInstance): void {
  declareScheduledJob(app, {
    name: 'offers-expiry',
    everyMs: 3600_000,
    async run(db, context) {
      await expireEndedOffers(db, context.now);
    },
  });
}
