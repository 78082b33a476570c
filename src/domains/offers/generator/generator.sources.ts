import type { GeneratorSource } from './feed-offer.js';

/** The agency's own source (origineOffre.origine 1) and the demo's partner job boards (fictional). */
export const AGENCY_SOURCE: GeneratorSource = { slug: 'agence', name: 'Emploi Store', kind: 'agence', url: 'https://www.emploi-store.fr' };

export const DEMO_PARTNER_SOURCES: readonly GeneratorSource[] = [
  { slug: 'emploi-direct', name: 'Emploi Direct', kind: 'partenaire', url: 'https://www.emploi-direct.example' },
  { slug: 'jobs-en-region', name: 'Jobs en Région', kind: 'partenaire', url: 'https://www.jobs-en-region.example' },
  { slug: 'carrieres-plus', name: 'Carrières Plus', kind: 'partenaire', url: 'https://www.carrieres-plus.example' },
];

const KNOWN = new Map([AGENCY_SOURCE, ...DEMO_PARTNER_SOURCES].map((source) => [source.slug, source]));

/** A source from its slug: a known one, else a partner board named after its slug. */
export function sourceFromSlug(slug: string): GeneratorSource {
  const known = KNOWN.get(slug);
  if (known) return known;
  if (!/^[a-z0-9][a-z0-9-]{1,40}$/.test(slug)) throw new RangeError(`source invalide : « ${slug} » (lettres minuscules, chiffres et tirets)`);
  const name = slug
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
  return { slug, name, kind: 'partenaire', url: `https://www.${slug}.example` };
}
