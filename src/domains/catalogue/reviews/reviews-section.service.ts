import type { Db } from '../../../platform/db/database.js';
import type { Viewer } from '../../../platform/http/access.plugin.js';
import { AppError } from '../../../platform/http/errors.js';
import { listReportedReviewIds } from './reports.repository.js';
import { canReply } from './reports.service.js';
import {
  findOwnReview,
  findRatingStats,
  findReviewedServiceById,
  findReviewedServiceBySlug,
  listPublishedReviews,
  type OwnReviewRow,
  type PublicReviewRow,
  type RatingStatsRow,
  type ReviewedService,
} from './reviews.repository.js';

/** Reviews shown in the service page's section, and per page of the full list. */
export const SECTION_SIZE = 10;
export const PAGE_SIZE = 20;

export interface RatingStats {
  average: number | null;
  count: number;
  /** From 5 stars down to 1. */
  distribution: { stars: number; count: number }[];
}

export interface ReviewView {
  id: number;
  rating: number;
  body: string;
  /** The display name, or « Anonyme ». */
  authorName: string;
  createdAt: Date;
  /** Edited at least a minute after it was posted. */
  editedAt: Date | null;
  reply: { body: string; organisationName: string; date: Date } | null;
  own: boolean;
  reportedByViewer: boolean;
}

export type ReviewerState = 'visiteur' | 'non-verifie' | 'verifie';

/** Everything the reviews section of a service page shows. */
export interface ReviewsSectionData {
  service: Pick<ReviewedService, 'id' | 'slug' | 'name' | 'provider_name'>;
  stats: RatingStats;
  /** The newest published reviews. */
  reviews: ReviewView[];
  own: OwnReviewRow | null;
  viewer: ReviewerState;
  /** The viewer may answer reviews on behalf of the provider. */
  canReply: boolean;
  notice: string | null;
}

export const NOTICES: Record<string, string> = {
  publie: 'Merci : votre avis est publié.',
  modifie: 'Votre avis est modifié.',
  supprime: 'Votre avis est supprimé.',
  signale: 'Merci : votre signalement est transmis à l’équipe de modération.',
  'deja-signale': 'Vous aviez déjà signalé cet avis : votre signalement est bien pris en compte.',
  'deja-masque': 'Cet avis a déjà été masqué en attente de modération. Merci de votre vigilance.',
  reponse: 'Votre réponse est publiée sous l’avis.',
};

export function toRatingStats(row: Pick<RatingStatsRow, 'average' | 'count' | 'stars_1' | 'stars_2' | 'stars_3' | 'stars_4' | 'stars_5'>): RatingStats {
  return {
    average: row.count ? row.average : null,
    count: row.count,
    distribution: [row.stars_5, row.stars_4, row.stars_3, row.stars_2, row.stars_1].map((count, index) => ({ stars: 5 - index, count })),
  };
}

export function toReviewView(row: PublicReviewRow, viewerId: number | null, reported: readonly number[]): ReviewView {
  const created = new Date(row.created_at);
  const updated = new Date(row.updated_at);
  return {
    id: row.id,
    rating: row.rating,
    body: row.body,
    authorName: row.author_name ?? 'Anonyme',
    createdAt: created,
    editedAt: updated.getTime() - created.getTime() > 60_000 ? updated : null,
    reply: row.reply_body ? { body: row.reply_body, organisationName: row.reply_organisation ?? '', date: new Date(row.reply_updated_at ?? row.reply_created_at ?? row.created_at) } : null,
    own: viewerId !== null && row.account_id === viewerId,
    reportedByViewer: reported.includes(row.id),
  };
}

export const reviewerState = (viewer: Viewer | null): ReviewerState => (!viewer ? 'visiteur' : viewer.emailVerified ? 'verifie' : 'non-verifie');

async function load(db: Db, service: ReviewedService, viewer: Viewer | null, limit: number, offset: number, notice: string | null): Promise<ReviewsSectionData> {
  const viewerId = viewer?.accountId ?? null;
  const [stats, rows, own, reported, replying] = await Promise.all([
    findRatingStats(db, service.id),
    listPublishedReviews(db, service.id, limit, offset),
    viewerId ? findOwnReview(db, service.id, viewerId) : undefined,
    viewerId ? listReportedReviewIds(db, service.id, viewerId) : [],
    canReply(db, viewer, service.provider_id),
  ]);
  return {
    service: { id: service.id, slug: service.slug, name: service.name, provider_name: service.provider_name },
    stats: toRatingStats(stats),
    reviews: rows.map((row) => toReviewView(row, viewerId, reported)),
    own: own ?? null,
    viewer: reviewerState(viewer),
    canReply: replying,
    notice,
  };
}

/**
 * Loads the reviews section of a service page. `query` is the page's query string: after a form,
 * `?avis=publie` (and the like) shows its confirmation.
 */
export async function loadReviewsSection(db: Db, serviceId: number, viewer: Viewer | null, query: unknown = {}, limit = SECTION_SIZE): Promise<ReviewsSectionData> {
  const service = await findReviewedServiceById(db, serviceId);
  if (!service) throw new AppError('SERVICE_NOT_FOUND');
  const key = (query as Record<string, unknown> | null)?.avis;
  return load(db, service, viewer, limit, 0, typeof key === 'string' ? (NOTICES[key] ?? null) : null);
}

/** One page of all the published reviews of a service (GET /services/:slug/avis). */
export async function loadReviewsPage(db: Db, slug: string, viewer: Viewer | null, page: number): Promise<{ data: ReviewsSectionData; page: number; pageCount: number }> {
  const service = await findReviewedServiceBySlug(db, slug);
  if (!service) throw new AppError('SERVICE_NOT_FOUND');
  const data = await load(db, service, viewer, PAGE_SIZE, (page - 1) * PAGE_SIZE, null);
  const pageCount = Math.max(1, Math.ceil(data.stats.count / PAGE_SIZE));
  if (page > pageCount) {
    const message = `La page ${page} n'existe pas : les avis sur ce service tiennent sur ${pageCount} page${pageCount > 1 ? 's' : ''}.`;
    throw new AppError('PAGE_OUT_OF_RANGE', message, [{ field: 'page', message }]);
  }
  return { data, page, pageCount };
}
