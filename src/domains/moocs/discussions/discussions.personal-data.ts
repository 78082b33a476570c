import { sql } from 'kysely';
import type { PersonalDataProvider } from '../../accounts/index.js';

/** The account's MOOC threads, replies, votes and reports (exported; on deletion the texts stay, without author). */
export const discussionsPersonalData: PersonalDataProvider = {
  name: 'discussionsMooc',
  async export(db, accountId) {
    const [threads, posts, votes, reports] = await Promise.all([
      sql<Record<string, unknown>>`
        SELECT t.id, s.name AS cours, cs.name AS session, t.title AS titre, t.body AS texte, t.status AS statut, t.created_at AS "creeLe"
        FROM discussion_threads t JOIN course_sessions cs ON cs.id = t.session_id JOIN courses c ON c.id = cs.course_id JOIN services s ON s.id = c.service_id
        WHERE t.account_id = ${accountId} ORDER BY t.created_at`.execute(db),
      sql<Record<string, unknown>>`
        SELECT p.id, p.thread_id AS sujet, p.body AS texte, p.by_instructor AS "formateur", p.status AS statut, p.created_at AS "creeLe"
        FROM discussion_posts p WHERE p.account_id = ${accountId} ORDER BY p.created_at`.execute(db),
      sql<Record<string, unknown>>`SELECT post_id AS message, created_at AS "voteLe" FROM discussion_votes WHERE account_id = ${accountId} ORDER BY created_at`.execute(db),
      sql<Record<string, unknown>>`
        SELECT subject_kind AS type, subject_id AS id, reason AS motif, created_at AS "signaleLe", settled_at AS "traiteLe"
        FROM discussion_reports WHERE account_id = ${accountId} ORDER BY created_at`.execute(db),
    ]);
    return { sujets: threads.rows, reponses: posts.rows, votesUtiles: votes.rows, signalements: reports.rows };
  },
};
