/**
 * A session's state is computed from its dates, never stored: it drives the call to action and
 * which weeks are open. Boundaries: a moment equal to a start is inside; equal to an end is after.
 */
export type SessionState = 'a-venir' | 'inscriptions-ouvertes' | 'en-cours' | 'terminee' | 'archivee';

export const SESSION_STATE_LABELS: Record<SessionState, string> = {
  'a-venir': 'À venir',
  'inscriptions-ouvertes': 'Inscriptions ouvertes',
  'en-cours': 'En cours',
  terminee: 'Terminée',
  archivee: 'Archivée',
};

export interface SessionDates {
  self_paced: boolean;
  enrolment_opens_at: Date | null;
  enrolment_closes_at: Date | null;
  starts_at: Date | null;
  ends_at: Date | null;
  archived_at: Date | null;
  capacity: number | null;
}

const at = (date: Date | null) => date?.getTime() ?? Number.NaN;

export function sessionState(session: SessionDates, now: Date): SessionState {
  const t = now.getTime();
  if (session.archived_at && t >= at(session.archived_at)) return 'archivee';
  if (session.self_paced) return 'en-cours';
  if (t >= at(session.ends_at)) return 'terminee';
  if (t >= at(session.starts_at)) return 'en-cours';
  if (t >= at(session.enrolment_opens_at) && t < at(session.enrolment_closes_at)) return 'inscriptions-ouvertes';
  return 'a-venir';
}

/** Whether enrolment is open now: between its dates (or always, self-paced), not archived, and not full. */
export function enrolmentOpen(session: SessionDates, now: Date, enrolled: number): boolean {
  const state = sessionState(session, now);
  if (state === 'archivee' || state === 'terminee') return false;
  if (session.capacity !== null && enrolled >= session.capacity) return false;
  if (session.self_paced) return true;
  const t = now.getTime();
  return t >= at(session.enrolment_opens_at) && t < at(session.enrolment_closes_at);
}

/**
 * When week `position` (1-based) opens for a dated session: its start plus a week per week before.
 * Self-paced sessions open everything at once; null means "open".
 */
export function weekOpensAt(session: SessionDates, position: number): Date | null {
  if (session.self_paced || !session.starts_at) return null;
  return new Date(session.starts_at.getTime() + (position - 1) * 7 * 24 * 3600 * 1000);
}

/** Whether a learner may read week `position` now; finished and archived sessions stay readable. */
export function weekIsOpen(session: SessionDates, position: number, now: Date): boolean {
  const opens = weekOpensAt(session, position);
  return opens === null || now.getTime() >= opens.getTime();
}

export type CallToAction =
  | { kind: 'enrol'; label: string }
  | { kind: 'continue'; label: string }
  | { kind: 'wait'; label: string }
  | { kind: 'closed'; label: string }
  | { kind: 'full'; label: string };

/** What the session's page offers the viewer. */
export function callToAction(session: SessionDates, now: Date, enrolled: number, isEnrolled: boolean): CallToAction {
  const state = sessionState(session, now);
  if (isEnrolled) {
    if (state === 'a-venir' || state === 'inscriptions-ouvertes') return { kind: 'wait', label: 'Vous êtes inscrit : la session n’a pas encore commencé' };
    return { kind: 'continue', label: state === 'en-cours' ? 'Continuer le cours' : 'Revoir le cours' };
  }
  if (enrolmentOpen(session, now, enrolled)) return { kind: 'enrol', label: state === 'en-cours' && !session.self_paced ? 'S’inscrire (la session a commencé)' : 'S’inscrire' };
  if (session.capacity !== null && enrolled >= session.capacity && state !== 'terminee' && state !== 'archivee') return { kind: 'full', label: 'Session complète' };
  if (state === 'a-venir') return { kind: 'closed', label: 'Les inscriptions ne sont pas encore ouvertes' };
  return { kind: 'closed', label: 'Les inscriptions sont closes' };
}
