/** The synthetic job offer feed: for tests, benchmarks and the demo data. */
export type { FeedOffer, GeneratedRecord, GeneratorSource, MalformationKind } from './feed-offer.js';
export { MALFORMATION_KINDS } from './feed-offer.js';
export { type FeedSummary, sourceFileName, writeFeed } from './feed-files.js';
export { CSV_COLUMNS, type FeedFormat, feedSerializer } from './feed-writer.js';
export { embeddedReferentials, type GeneratorReferentials, loadGeneratorReferentials } from './generator.referentials.js';
export { AGENCY_SOURCE, DEMO_PARTNER_SOURCES, sourceFromSlug } from './generator.sources.js';
export { generateOffers, type GenerateOptions } from './offer-generator.js';
