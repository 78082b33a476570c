/**
 * Fills the configured database up to N services: migrations, the demo data, ~200 generated
 * partner organisations, then generated services `bench-<n>-…` (deterministic: service n is
 * always the same). Only the missing ones are inserted, so running it again costs nothing.
 */
import { sql } from 'kysely';
import { rebuildSearchLexicon } from '../../src/domains/catalogue/index.js';
import { THEME_SLUGS, type ServiceType, type ThemeSlug } from '../../src/domains/catalogue/catalogue.vocabulary.js';
import type { Db } from '../../src/platform/db/database.js';
import { migrateToLatest } from '../../src/platform/db/migrator.js';
import { seedDemo } from '../../src/setup.js';
import { Random } from './random.js';
import {
  ACCESSIBILITY_TEXTS,
  AUDIENCE_SENTENCES,
  BRANDS,
  COMPLEMENTS,
  COUNTRIES,
  EMPLOYER_TOPICS,
  GENERIC_FEATURES,
  lowerFirst,
  ORGANISATION_PLACES,
  ORGANISATION_PREFIXES,
  ORGANISATION_SUFFIXES,
  PLACES,
  PRICE_TEXTS,
  QUALIFIERS,
  SECTORS,
  slugify,
  THEME_VOCABULARY,
  type Topic,
  TYPE_DETAILS,
  TYPE_PHRASES,
  TYPE_PREFIXES,
} from './vocabulary.js';

export const GENERATED_ORGANISATIONS = 200;
const BATCH_SIZE = 500;
/** Dates are drawn back from this fixed day, so that the data does not depend on the day of the run. */
const DATE_ANCHOR = Date.UTC(2026, 10, 1, 9, 0, 0);
const TEN_YEARS_MS = 10 * 365.25 * 24 * 3600 * 1000;

export interface GenerationReport {
  organisationsCreated: number;
  servicesCreated: number;
  milliseconds: number;
}

interface Provider {
  id: number;
  slug: string;
  name: string;
  kind: string;
  website: string | null;
}

interface RomeSheet {
  code: string;
  label: string;
}

const join = (items: readonly string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`);
/** "son CV" → "votre CV", for sentences that speak to the reader. */
const yours = (object: string) => object.replace(/^(son|sa) /, 'votre ').replace(/^ses /, 'vos ');

function generatedOrganisations() {
  const names = new Set<string>();
  const organisations = [];
  for (let n = 1; n <= GENERATED_ORGANISATIONS; n++) {
    const random = Random.for('organisation', n);
    let name: string;
    do {
      name = `${random.pick(ORGANISATION_PREFIXES)} ${random.pick(ORGANISATION_SUFFIXES)} ${random.pick(ORGANISATION_PLACES)}`;
    } while (names.has(name));
    names.add(name);
    const kind = random.chance(0.3) ? 'partenaire-public' : 'partenaire-prive';
    const host = slugify(name, 40);
    organisations.push({
      slug: `bench-partenaire-${n}-${host}`,
      name,
      kind,
      website: `https://www.${host}.fr.example`,
      description: `${name} accompagne les personnes et les entreprises de son territoire dans leurs projets d'emploi et de formation. Organisation fictive créée pour les mesures de performance.`,
      siret: kind === 'partenaire-prive' ? Array.from({ length: 14 }, () => random.int(0, 9)).join('') : null,
    });
  }
  return organisations;
}

function draftService(n: number, providerWeights: readonly (readonly [Provider, number])[], romeSheets: readonly RomeSheet[]) {
  const random = Random.for('service', n);
  const audience = random.weighted([
    ['candidats', 60],
    ['tous', 25],
    ['entreprises', 15],
  ] as const);
  let primary: ThemeSlug;
  let topic: Topic;
  if (audience === 'entreprises') {
    const employerTopic = random.pick(EMPLOYER_TOPICS);
    primary = employerTopic.theme;
    topic = employerTopic;
  } else {
    primary = random.weighted(THEME_SLUGS.map((slug, index) => [slug, [22, 24, 20, 20, 8, 6][index] ?? 1] as const));
    topic = random.pick(THEME_VOCABULARY[primary].topics);
  }
  const themeCount = random.weighted([
    [1, 50],
    [2, 35],
    [3, 15],
  ] as const);
  const extraThemes = random.sample(
    THEME_SLUGS.filter((slug) => slug !== primary),
    themeCount - 1,
  );
  const type = random.weighted<ServiceType>([
    ['site-web', 30],
    ['e-learning', 18],
    ['mooc', 12],
    ['application-mobile', 14],
    ['simulateur', 10],
    ['serious-game', 8],
    ['application-api', 8],
  ]);
  const verb = random.pick(topic.verbs);
  const sector = random.chance(0.4) ? random.pick(SECTORS) : null;
  const sectorPart = sector ? ` dans le secteur ${sector}` : '';
  const brand = random.pick(BRANDS);
  const name = random.weighted<() => string>([
    [() => `${verb} ${topic.object}${sectorPart}`, 30],
    [() => `${brand} ${topic.keyword}`, 25],
    [() => `${random.pick(TYPE_PREFIXES[type])} ${topic.keyword} ${random.pick(QUALIFIERS)}`, 15],
    [() => `${brand} : ${lowerFirst(verb)} ${topic.object}`, 20],
    [() => `${verb} ${topic.object} ${random.pick(QUALIFIERS)}`, 10],
  ])();
  const pitch = `${random.pick(TYPE_PHRASES[type])} pour ${lowerFirst(verb)} ${yours(topic.object)}${sectorPart}, ${random.pick(COMPLEMENTS)}.`.slice(0, 300);

  const provider = random.weighted(providerWeights);
  const priceModel = provider.kind === 'operateur' ? 'gratuit' : random.weighted(([['gratuit', 60], ['freemium', 22], ['payant', 18]] as const));
  const priceText = priceModel === 'gratuit' ? null : random.pick(PRICE_TEXTS[priceModel]);
  const platforms =
    type === 'application-mobile'
      ? random.weighted([
          [['ios', 'android'], 60],
          [['android'], 20],
          [['ios'], 20],
        ])
      : random.weighted([
          [['web'], 80],
          [['web', 'ios', 'android'], 15],
          [['web', 'android'], 5],
        ]);
  const international = primary === 'travailler-a-l-international' || extraThemes.includes('travailler-a-l-international');
  const languages = international ? random.pick([['fr', 'en'], ['fr', 'en', 'es'], ['fr', 'en', 'de']]) : random.weighted([[['fr'], 85], [['fr', 'en'], 10], [['fr', 'en', 'es'], 5]]);
  const romeCodes = random.chance(0.3) ? random.sample(romeSheets, random.int(1, 3)) : [];

  const features = [...random.sample(THEME_VOCABULARY[primary].features, random.int(2, 4)), random.pick(GENERIC_FEATURES)];
  const also = extraThemes.map((slug) => {
    const other = random.pick(THEME_VOCABULARY[slug].topics);
    return `Il vous aide aussi à ${lowerFirst(random.pick(other.verbs))} ${yours(other.object)}.`;
  });
  const whom: string[] = [random.pick(AUDIENCE_SENTENCES[audience])];
  if (romeCodes.length) whom.push(`Il concerne en particulier les métiers suivants : ${join(romeCodes.map((sheet) => sheet.label.toLowerCase()))}.`);
  if (random.chance(0.25)) whom.push(`Il recense aussi les opportunités ${random.pick(PLACES)}.`);
  if (international) whom.push(`Destinations couvertes : ${join(random.sample(COUNTRIES, random.int(2, 4)))}.`);
  const description = [
    `${name} vous aide à ${lowerFirst(verb)} ${yours(topic.object)}${sectorPart}. ${random.pick(TYPE_DETAILS[type])}${also.length ? ` ${also.join(' ')}` : ''}`,
    `## Ce que vous y trouverez\n\n${features.map((feature, index) => `- ${feature}${index === features.length - 1 ? '.' : ' ;'}`).join('\n')}`,
    `## Pour qui ?\n\n${whom.join(' ')}`,
    priceText ? `Tarif : ${priceText}.` : 'Le service est entièrement gratuit.',
  ].join('\n\n');

  const status = random.weighted([
    ['publie', 95],
    ['depublie', 3],
    ['brouillon', 2],
  ] as const);
  const publishedAt = status === 'brouillon' ? null : new Date(DATE_ANCHOR - Math.floor(random.next() * TEN_YEARS_MS));
  const slug = `bench-${n}-${slugify(name, 50)}`;
  const views = Math.max(0, Math.floor(Math.exp(random.next() * 11)) - 1);
  return {
    row: {
      slug,
      name,
      pitch,
      description,
      provider_id: provider.id,
      type,
      themes: [primary, ...extraThemes],
      audience,
      price_model: priceModel,
      price_text: priceText,
      platforms,
      languages,
      accessibility: random.pick(ACCESSIBILITY_TEXTS),
      url: `${provider.website ?? 'https://services.example'}/services/${slugify(name, 40)}`,
      logo_path: null,
      rome_codes: romeCodes.map((sheet) => sheet.code),
      status,
      featured: random.chance(0.01),
      published_at: publishedAt,
    },
    counters: { views, link_outs: Math.floor(views * (0.1 + 0.4 * random.next())) },
  };
}

/** Numbers n of the generated services already in the database. */
async function existingServiceNumbers(db: Db): Promise<Set<number>> {
  const rows = await db.selectFrom('services').select('slug').where('slug', 'like', 'bench-%').execute();
  return new Set(rows.map((row) => Number(/^bench-(\d+)-/.exec(row.slug)?.[1])).filter((n) => Number.isInteger(n)));
}

export async function generateCatalogue(db: Db, targetServices: number, progress: (message: string) => void): Promise<GenerationReport> {
  const started = performance.now();
  await migrateToLatest(db);
  await seedDemo(db);

  const organisations = generatedOrganisations();
  const createdOrganisations = await db
    .insertInto('organisations')
    .values(organisations)
    .onConflict((oc) => oc.column('slug').doNothing())
    .returning('id')
    .execute();

  const providers = await db.selectFrom('organisations').select(['id', 'slug', 'name', 'kind', 'website']).orderBy('slug').execute();
  // A long tail, as in a real catalogue: a few providers offer many services, most offer a few.
  const providerWeights = new Random(20261125).shuffle(providers).map((provider, rank) => [provider, provider.kind === 'operateur' ? 2 : 1 / (rank + 1) ** 0.8] as const);
  const romeSheets = await db.selectFrom('rome_sheets').select(['code', 'label']).orderBy('code').execute();

  const { count: others } = await db
    .selectFrom('services')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('slug', 'not like', 'bench-%')
    .executeTakeFirstOrThrow();
  const wanted = Math.max(0, targetServices - Number(others));
  const existing = await existingServiceNumbers(db);
  const missing: number[] = [];
  for (let n = 1; n <= wanted; n++) if (!existing.has(n)) missing.push(n);

  let created = 0;
  for (let start = 0; start < missing.length; start += BATCH_SIZE) {
    const drafts = missing.slice(start, start + BATCH_SIZE).map((n) => draftService(n, providerWeights, romeSheets));
    await db.transaction().execute(async (trx) => {
      const inserted = await trx
        .insertInto('services')
        .values(drafts.map((draft) => draft.row))
        .onConflict((oc) => oc.column('slug').doNothing())
        .returning(['id', 'slug'])
        .execute();
      const countersBySlug = new Map(drafts.map((draft) => [draft.row.slug, draft.counters]));
      if (inserted.length) {
        await trx
          .insertInto('service_counters')
          .values(inserted.map((row) => ({ service_id: row.id, ...(countersBySlug.get(row.slug) ?? { views: 0, link_outs: 0 }) })))
          .onConflict((oc) => oc.column('service_id').doNothing())
          .execute();
      }
      created += inserted.length;
    });
    progress(`  ${created} / ${missing.length} services générés`);
  }
  if (created || createdOrganisations.length) {
    // After a bulk load the lexicon's word frequencies are recounted (as seedDemo does).
    await rebuildSearchLexicon(db);
    // What autovacuum would do soon after a bulk load: fresh statistics and visibility map.
    await sql`VACUUM (ANALYZE) services, service_counters, organisations, search_lexicon`.execute(db);
  }
  return { organisationsCreated: createdOrganisations.length, servicesCreated: created, milliseconds: performance.now() - started };
}
