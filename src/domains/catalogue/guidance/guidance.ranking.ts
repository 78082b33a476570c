import { formatDecimal } from '../../../platform/html/components.js';
import type { Situation } from '../../accounts/index.js';
import type { Audience, ThemeSlug } from '../catalogue.vocabulary.js';

/** What the ranking needs to know about a service. */
export interface GuidanceCandidate {
  themes: string[];
  audience: string;
  rome_codes: string[];
  views: number;
  /** Average of the published ratings, or null when there is none. */
  rating_average: number | null;
  rating_count: number;
}

/** The three answers, the job already resolved to its ROME sheet. */
export interface GuidanceProfile {
  situation: Situation;
  theme: ThemeSlug;
  /** `name` is short and in lower case ("boulanger"), for the reasons. */
  job: { name: string; romeCode: string | null } | null;
}

export interface RankedService<T> {
  service: T;
  score: number;
  /** Why the service is proposed, in French, most important first. */
  reasons: string[];
}

/**
 * Relevance to the answers comes in steps of at least 12 points; rating and popularity together
 * add at most 10, so they order services of equal relevance and never overtake a better match.
 */
export const WEIGHTS = { theme: 60, romeSheet: 45, romeDomain: 15, situation: 12, ratingMax: 6, popularityMax: 4 } as const;

const THEME_REASONS: Record<ThemeSlug, string> = {
  'choisir-un-metier': 'parce que vous cherchez à choisir un métier',
  'se-former': 'parce que vous cherchez à vous former',
  'preparer-sa-candidature': 'parce que vous cherchez à préparer votre candidature',
  'trouver-un-emploi': 'parce que vous cherchez un emploi',
  'creer-son-entreprise': 'parce que vous cherchez à créer votre entreprise',
  'travailler-a-l-international': 'parce que vous cherchez à travailler à l’international',
};

/** Themes that suit a situation beyond the one chosen, and how to say so. */
const SITUATION_PREFERENCES: Record<Situation, { themes: ThemeSlug[]; reason: string }> = {
  'demandeur-emploi': { themes: ['trouver-un-emploi', 'preparer-sa-candidature'], reason: 'utile pour votre recherche d’emploi' },
  salarie: { themes: ['se-former'], reason: 'utile pour évoluer dans votre emploi' },
  etudiant: { themes: ['choisir-un-metier', 'se-former'], reason: 'adapté aux étudiants' },
  reconversion: { themes: ['choisir-un-metier', 'se-former'], reason: 'utile pour une reconversion' },
  createur: { themes: ['creer-son-entreprise'], reason: 'utile pour créer votre entreprise' },
  recruteur: { themes: ['trouver-un-emploi'], reason: 'utile pour recruter' },
};

/** Recruiters are offered services for companies, everyone else services for candidates. */
export function audienceFor(situation: Situation): Audience {
  return situation === 'recruteur' ? 'entreprises' : 'candidats';
}

/** Themes worth loading for these answers: the one chosen and those the situation prefers. */
export function themesFor(profile: Pick<GuidanceProfile, 'situation' | 'theme'>): ThemeSlug[] {
  return [...new Set([profile.theme, ...SITUATION_PREFERENCES[profile.situation].themes])];
}

/** "de boulanger", "d’aide-soignant". */
function ofJob(name: string): string {
  return /^[aeiouyhàâéèêëîïôûœ]/i.test(name) ? `d’${name}` : `de ${name}`;
}

function formatRating(average: number): string {
  return formatDecimal(average);
}

function ratingScore(average: number | null, count: number): number {
  if (average === null || count === 0) return 0;
  // A few ratings weigh less than many: the average is pulled towards 3 by three phantom votes.
  const adjusted = (average * count + 3 * 3) / (count + 3);
  return Math.min(Math.max((adjusted - 3) / 2, 0), 1) * WEIGHTS.ratingMax;
}

function relevance(service: GuidanceCandidate, profile: GuidanceProfile): { score: number; reasons: string[] } {
  let score = 0;
  const reasons: string[] = [];
  if (service.themes.includes(profile.theme)) {
    score += WEIGHTS.theme;
    reasons.push(THEME_REASONS[profile.theme]);
  }
  const romeCode = profile.job?.romeCode;
  if (profile.job && romeCode) {
    if (service.rome_codes.includes(romeCode)) {
      score += WEIGHTS.romeSheet;
      reasons.push(`lié au métier ${ofJob(profile.job.name)} (${romeCode})`);
    } else if (service.rome_codes.some((code) => code.slice(0, 3) === romeCode.slice(0, 3))) {
      score += WEIGHTS.romeDomain;
      reasons.push(`proche du métier ${ofJob(profile.job.name)}`);
    }
  }
  const preference = SITUATION_PREFERENCES[profile.situation];
  if (preference.themes.some((theme) => theme !== profile.theme && service.themes.includes(theme))) {
    score += WEIGHTS.situation;
    reasons.push(preference.reason);
  }
  return { score, reasons };
}

/**
 * Ranks services for the answers to "Les services faits pour moi": services for the other
 * audience are left out, as are those matching nothing; then relevance (theme chosen, ROME sheet
 * of the job, themes the situation prefers), then rating and popularity, then name order.
 */
export function rankServices<T extends GuidanceCandidate & { name: string }>(candidates: readonly T[], profile: GuidanceProfile, limit = 12): RankedService<T>[] {
  const audience = audienceFor(profile.situation);
  const relevant = candidates
    .filter((service) => service.audience === audience || service.audience === 'tous')
    .map((service) => ({ service, ...relevance(service, profile) }))
    .filter((entry) => entry.score > 0);
  const views = relevant.map((entry) => entry.service.views).sort((a, b) => a - b);
  const maxViews = views.at(-1) ?? 0;
  const oftenViewed = views[Math.ceil(0.75 * (views.length - 1))] ?? 0;
  const ranked = relevant.map(({ service, score, reasons }) => {
    const rating = ratingScore(service.rating_average, service.rating_count);
    const popularity = maxViews > 0 ? (Math.log1p(service.views) / Math.log1p(maxViews)) * WEIGHTS.popularityMax : 0;
    const extra: string[] = [];
    if (service.rating_average !== null && service.rating_count >= 3 && service.rating_average >= 4) extra.push(`très bien noté (${formatRating(service.rating_average)}/5)`);
    if (service.views > 0 && service.views >= oftenViewed && relevant.length > 1) extra.push('souvent consulté');
    return { service, score: score + rating + popularity, reasons: [...reasons, ...extra] };
  });
  ranked.sort((a, b) => b.score - a.score || a.service.name.localeCompare(b.service.name, 'fr'));
  return ranked.slice(0, limit);
}
