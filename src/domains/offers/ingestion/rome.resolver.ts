import type { Db } from '../../../platform/db/database.js';
import { foldTitle } from './offer-fields.js';

export interface JobTitleMatch {
  ogrCode: string;
  label: string;
  romeCode: string;
  romeLabel: string | null;
}

/** Fuzzy matches below this similarity (pg_trgm's measure) are not trusted. */
export const SIMILARITY_THRESHOLD = 0.45;
const CACHE_LIMIT = 200_000;

/** Words partners add around a job title that name the contract or the level, not the job. */
const QUALIFIERS = /\s+(?:en\s+alternance|en\s+apprentissage|en\s+contrat\s+de\s+professionnalisation|alternance|apprenti|apprentie|stagiaire|junior|senior|confirme|confirmee|experimente|experimentee|debutant(?:e)?(?:\s+accepte(?:e)?)?|cdi|cdd|interim|temps\s+plein|temps\s+partiel)$/;

/** The folded title without its trailing qualifiers ("serveur en alternance h/f" → "serveur"). */
export function coreTitle(title: string): string {
  let key = foldTitle(title);
  for (let previous = ''; previous !== key; ) {
    previous = key;
    key = key.replace(QUALIFIERS, '');
  }
  return key;
}

/**
 * The forms of an OGR title partners write: "Agent / Agente de propreté" → "agent agente de proprete",
 * "agente de proprete", "agent de proprete"; "Vigneron manipulant / Vigneronne manipulante" →
 * "vigneron manipulant" (the left side, completed by the words the right side has beyond it).
 */
function variants(label: string): string[] {
  const result = new Set([foldTitle(label)]);
  const slash = label.indexOf(' / ');
  if (slash > 0) {
    const left = label.slice(0, slash).trim();
    const right = label.slice(slash + 3).trim();
    const leftWords = left.split(/\s+/);
    result.add(foldTitle(right));
    result.add(foldTitle(`${left} ${right.replace(/^\S+\s*/, '')}`));
    result.add(foldTitle([...leftWords, ...right.split(/\s+/).slice(leftWords.length)].join(' ')));
  }
  return [...result].filter(Boolean);
}

/** The trigrams of a folded text as pg_trgm makes them: each word padded with two spaces before and one after. */
function trigrams(folded: string): Set<string> {
  const result = new Set<string>();
  for (const word of folded.split(' ')) {
    if (!word) continue;
    const padded = `  ${word} `;
    for (let index = 0; index + 3 <= padded.length; index++) result.add(padded.slice(index, index + 3));
  }
  return result;
}

/**
 * Finds the ROME code of a job title, in memory: an exact match of the folded title (without its
 * qualifiers such as « en alternance ») against the OGR titles and their masculine/feminine forms,
 * else the most similar OGR title by trigram similarity (pg_trgm's measure: shared trigrams over
 * all trigrams) above SIMILARITY_THRESHOLD. Every answer is cached.
 */
export class RomeResolver {
  private readonly cache = new Map<string, JobTitleMatch | null>();
  /** Shared-trigram counters of the fuzzy match, one per indexed title (reset after each use). */
  private readonly shared: Uint16Array;

  private constructor(
    private readonly exact: Map<string, JobTitleMatch>,
    /** For the fuzzy match: each indexed title's match and trigram count, and the titles of each trigram. */
    private readonly entries: { match: JobTitleMatch; size: number }[],
    private readonly postings: Map<string, number[]>,
    readonly sheets: Map<string, string>,
  ) {
    this.shared = new Uint16Array(entries.length);
  }

  static async load(db: Db): Promise<RomeResolver> {
    const sheets = new Map((await db.selectFrom('rome_sheets').select(['code', 'label']).execute()).map((s) => [s.code, s.label] as [string, string]));
    const titles = await db.selectFrom('rome_appellations').select(['ogr_code', 'label', 'rome_code']).where('label', 'is not', null).where('rome_code', 'is not', null).orderBy('ogr_code').execute();
    const exact = new Map<string, JobTitleMatch>();
    const entries: { match: JobTitleMatch; size: number }[] = [];
    const postings = new Map<string, number[]>();
    for (const title of titles) {
      const match = { ogrCode: title.ogr_code, label: title.label!, romeCode: title.rome_code!, romeLabel: sheets.get(title.rome_code!) ?? null };
      for (const key of variants(title.label!)) {
        if (exact.has(key)) continue;
        exact.set(key, match);
        const grams = trigrams(key);
        const index = entries.push({ match, size: grams.size }) - 1;
        for (const gram of grams) {
          const list = postings.get(gram);
          if (list) list.push(index);
          else postings.set(gram, [index]);
        }
      }
    }
    return new RomeResolver(exact, entries, postings, sheets);
  }

  /** The OGR title of a job title, or null when none is close enough. */
  resolve(title: string): JobTitleMatch | null {
    const key = coreTitle(title);
    if (!key) return null;
    const known = this.exact.get(key) ?? this.cache.get(key);
    if (known !== undefined) return known;
    if (this.cache.size > CACHE_LIMIT) this.cache.clear();
    const match = this.closest(key);
    this.cache.set(key, match);
    return match;
  }

  /** Resolves every title of a batch. */
  resolveAll(titles: Iterable<string>): Map<string, JobTitleMatch | null> {
    const result = new Map<string, JobTitleMatch | null>();
    for (const title of titles) if (!result.has(title)) result.set(title, this.resolve(title));
    return result;
  }

  /** The most similar title (ties: the smallest OGR code, the first indexed). */
  private closest(key: string): JobTitleMatch | null {
    const grams = trigrams(key);
    const shared = this.shared;
    const touched: number[] = [];
    for (const gram of grams) {
      for (const index of this.postings.get(gram) ?? []) {
        if (shared[index] === 0) touched.push(index);
        shared[index] = shared[index]! + 1;
      }
    }
    let bestScore = -1;
    let bestIndex = -1;
    for (const index of touched) {
      const common = shared[index]!;
      shared[index] = 0;
      const score = common / (grams.size + this.entries[index]!.size - common);
      if (score > bestScore || (score === bestScore && index < bestIndex)) {
        bestScore = score;
        bestIndex = index;
      }
    }
    return bestScore >= SIMILARITY_THRESHOLD ? this.entries[bestIndex]!.match : null;
  }

  get knownTitles(): number {
    return this.exact.size;
  }
}
