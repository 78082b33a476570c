import type { FeedOffer, GeneratedRecord, GeneratorSource, MalformationKind } from './feed-offer.js';
import { MALFORMATION_KINDS } from './feed-offer.js';
import type { GeneratorReferentials } from './generator.referentials.js';
import { buildOffer, CommunePicker, prepareJobTitles } from './offer-builder.js';
import { Prng } from './prng.js';

export interface GenerateOptions {
  count: number;
  seed: number;
  /** Share of records that republish a recent offer on another source (0–0.5). */
  duplicates?: number;
  /** Share of records that are broken on purpose (0–0.5). */
  malformed?: number;
  sources: readonly GeneratorSource[];
  referentials: GeneratorReferentials;
  /** Creation dates are in the 60 days before this moment (ms). */
  now: number;
}

const HOUR = 3_600_000;
/** Recent originals kept for republication: memory stays flat whatever the count. */
const RECENT = 4096;

/** A recent original: enough to build it again (its own random stream is seeded by its index). */
interface Recent {
  index: number;
  sourceIndex: number;
  id: string;
  sources: string[];
}

/** Each record draws from its own stream, so an offer can be rebuilt from its index alone. */
const recordSeed = (seed: number, index: number) => (Math.imul(seed ^ 0x5bd1e995, 0x01000193) ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;

/** A bijection of [0, 2^32): external ids look random but never repeat within a source. */
function scramble(counter: number, key: number): number {
  let x = (counter ^ key) >>> 0;
  x = Math.imul(x, 0x9e3779b1) >>> 0;
  x ^= x >>> 15;
  x = Math.imul(x, 0x85ebca77) >>> 0;
  return (x ^ (x >>> 13)) >>> 0;
}

function idMaker(source: GeneratorSource, index: number, seed: number): () => string {
  let counter = 0;
  const key = Math.imul(seed + 1, 0x27d4eb2f) ^ Math.imul(index + 1, 0x165667b1);
  const prefix = source.kind === 'agence' ? '' : `${source.slug.replace(/[^a-z0-9]/gi, '').slice(0, 3).toUpperCase()}-`;
  return () => {
    const value = scramble(counter++, key);
    return source.kind === 'agence' ? `A${value.toString(36).toUpperCase().padStart(7, '0')}` : `${prefix}${value.toString().padStart(10, '0')}`;
  };
}

/** The offer as another source republishes it (the original is rebuilt, then changed). */
function republish(original: FeedOffer, source: GeneratorSource, externalId: string, prng: Prng, now: number): FeedOffer {
  const shift = (iso: string | undefined, max: number, limit = Infinity) => (iso ? new Date(Math.min(limit, Date.parse(iso) + (prng.next() * 2 - 1) * max)).toISOString() : iso);
  const copy: FeedOffer = original;
  copy.id = externalId;
  copy.dateCreation = shift(original.dateCreation, 36 * HOUR, now);
  copy.dateActualisation = copy.dateCreation && original.dateActualisation && original.dateActualisation > copy.dateCreation ? original.dateActualisation : copy.dateCreation;
  copy.dateFin = shift(original.dateFin, 72 * HOUR);
  const url = `${source.url}/offres/${externalId.toLowerCase()}`;
  copy.origineOffre = source.kind === 'partenaire' ? { origine: '2', urlOrigine: url, partenaires: [{ nom: source.name, url }] } : { origine: '1' };
  if (copy.contact?.urlPostulation) copy.contact.urlPostulation = `${source.url}/postuler/${externalId.toLowerCase()}`;
  if (prng.chance(0.5) && copy.description) copy.description += `\nRéférence de l’annonce : ${externalId}`;
  return copy;
}

function breakOffer(offer: FeedOffer, kind: MalformationKind, prng: Prng): void {
  switch (kind) {
    case 'missing-id':
      delete offer.id;
      break;
    case 'missing-title':
      delete offer.intitule;
      break;
    case 'bad-contract':
      offer.typeContrat = prng.pick(['CDX', 'Contrat', 'STAGE PRO', '42']);
      break;
    case 'bad-date':
      offer.dateCreation = prng.pick(['31/02/2026', 'hier', '2026-13-45T25:61:00Z', '']);
      break;
    case 'unknown-commune':
      offer.lieuTravail = { libelle: '99 - Nulle-Part-sur-Mer', codePostal: '00000', commune: '99999' };
      break;
  }
}

/**
 * The synthetic feed, one record at a time (a generator: nothing is kept but the recent offers).
 * Exactly ⌊count × malformed⌋ records are malformed; about ⌊count × duplicates⌋ republish a recent
 * offer on another source (each offer on 2 or 3 sources at most), with another external id and
 * slightly different dates. The same options give the same records.
 */
export function* generateOffers(options: GenerateOptions): Generator<GeneratedRecord> {
  const { count, seed, sources, referentials, now } = options;
  if (!sources.length) throw new RangeError('at least one source is needed');
  if (!referentials.jobTitles.length || !referentials.communes.length) throw new RangeError('referentials are empty');
  const duplicates = options.duplicates ?? 0;
  const malformed = options.malformed ?? 0;
  const jobs = prepareJobTitles(referentials.jobTitles);
  const communes = new CommunePicker(referentials.communes);
  const contextFor = (index: number) => ({ prng: new Prng(recordSeed(seed, index)), jobs, communes, now });
  const prng = new Prng(seed);
  const nextId = sources.map((source, index) => idMaker(source, index, seed));
  const recent: (Recent | undefined)[] = new Array(RECENT);
  let recentCount = 0;
  let malformedCount = 0;
  let duplicateCount = 0;

  for (let index = 0; index < count; index++) {
    if (malformedCount < Math.floor((index + 1) * malformed)) {
      malformedCount++;
      const sourceIndex = prng.int(sources.length);
      const offer = buildOffer(contextFor(index), sources[sourceIndex]!, nextId[sourceIndex]!());
      const kind = prng.pick(MALFORMATION_KINDS);
      breakOffer(offer, kind, prng);
      yield { source: sources[sourceIndex]!.slug, offer, kind: 'malformed', malformation: kind };
      continue;
    }
    if (duplicateCount < Math.floor((index + 1) * duplicates) && recentCount > 0) {
      const entry = recent[prng.int(Math.min(recentCount, RECENT))]!;
      const free = sources.map((s, i) => [s, i] as const).filter(([s]) => !entry.sources.includes(s.slug));
      // With one source the same board publishes it twice (another reference), as happens.
      const [source, sourceIndex] = free.length ? prng.pick(free) : [sources[0]!, 0];
      if (entry.sources.length < 3) {
        duplicateCount++;
        entry.sources.push(source.slug);
        // Rebuilt as the new source words it (a partner may give a postal code where the agency gives the commune).
        const original = buildOffer(contextFor(entry.index), source, entry.id);
        const offer = republish(original, source, nextId[sourceIndex]!(), prng, now);
        yield { source: source.slug, offer, kind: 'duplicate', duplicateOf: { source: entry.sources[0]!, id: entry.id } };
        continue;
      }
    }
    const sourceIndex = prng.int(sources.length);
    const source = sources[sourceIndex]!;
    const id = nextId[sourceIndex]!();
    const offer = buildOffer(contextFor(index), source, id);
    recent[recentCount % RECENT] = { index, sourceIndex, id, sources: [source.slug] };
    recentCount++;
    yield { source: source.slug, offer, kind: 'original' };
  }
}
