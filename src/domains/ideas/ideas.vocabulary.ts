import type { IdeaStatus } from './ideas.table.js';

export const IDEA_STATUSES: readonly IdeaStatus[] = ['nouvelle', 'a-l-etude', 'retenue', 'en-realisation', 'realisee', 'non-retenue', 'doublon'];

export const IDEA_STATUS_LABELS: Record<IdeaStatus, string> = {
  nouvelle: 'Nouvelle',
  'a-l-etude': 'À l’étude',
  retenue: 'Retenue',
  'en-realisation': 'En réalisation',
  realisee: 'Réalisée',
  'non-retenue': 'Non retenue',
  doublon: 'Doublon',
};

/** Sort orders of the lists. */
export const IDEA_SORTS = { tendance: 'Tendance', soutenues: 'Les plus soutenues', recentes: 'Les plus récentes', commentees: 'Les plus commentées' } as const;
export type IdeaSort = keyof typeof IDEA_SORTS;

/**
 * The « tendance » score: supports weigh less as the idea ages (a Hacker News–style decay), so a
 * recent idea that many support rises above an old one that stopped gathering support.
 * score = (supports + 1) / (age in hours + 2) ^ 1.5
 */
export function hotScore(supports: number, createdAt: Date, now: Date): number {
  const hours = Math.max(0, (now.getTime() - createdAt.getTime()) / 3_600_000);
  return (supports + 1) / Math.pow(hours + 2, 1.5);
}
