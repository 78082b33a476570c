import { formatDate, formatDateTime, formatNumber } from '../../../platform/html/components.js';
import { SESSION_STATE_LABELS, type SessionDates, type SessionState } from '../session-state.js';

const BADGES: Record<SessionState, string> = {
  'a-venir': 'fr-badge--new',
  'inscriptions-ouvertes': 'fr-badge--info',
  'en-cours': 'fr-badge--success',
  terminee: '',
  archivee: 'fr-badge--warning',
};

/** The computed state of a session as a DSFR badge. */
export function SessionStateBadge({ state }: { state: SessionState }) {
  return <p class={`fr-badge fr-badge--sm ${BADGES[state]}`.trim()}>{SESSION_STATE_LABELS[state]}</p>;
}

/** « Du 3 mars 2026 au 31 mars 2026 », or « À votre rythme » for a self-paced session. */
export function sessionDatesText(session: SessionDates): string {
  if (session.self_paced || !session.starts_at || !session.ends_at) return 'À votre rythme';
  return `Du ${formatDate(session.starts_at)} au ${formatDate(session.ends_at)}`;
}

/** « Inscriptions du 1 février 2026 à 8:00 au 17 mars 2026 à 8:00 », null when self-paced. */
export function enrolmentDatesText(session: SessionDates): string | null {
  if (session.self_paced || !session.enrolment_opens_at || !session.enrolment_closes_at) return null;
  return `Inscriptions du ${formatDateTime(session.enrolment_opens_at)} au ${formatDateTime(session.enrolment_closes_at)}`;
}

/** « 1 234 inscrits » (and the capacity when there is one). */
export function enrolledText(enrolled: number, capacity: number | null): string {
  const count = `${formatNumber(enrolled)} ${enrolled > 1 ? 'inscrits' : 'inscrit'}`;
  return capacity === null ? count : `${count} sur ${formatNumber(capacity)} places`;
}

export const courseHref = (slug: string) => `/moocs/${slug}`;
export const sessionHref = (slug: string, sessionId: number, tab = 'contenu') => `/moocs/${slug}/sessions/${sessionId}/${tab}`;
export const lessonHref = (slug: string, sessionId: number, lessonId: number) => `/moocs/${slug}/sessions/${sessionId}/lecons/${lessonId}`;
