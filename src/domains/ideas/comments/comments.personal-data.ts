import { sql } from 'kysely';
import type { PersonalDataProvider } from '../../accounts/index.js';

/**
 * The account's comments on ideas and its reports of ideas and comments (exported). On deletion
 * the comments stay, without author (the foreign key sets it to null), so that replies keep their
 * context; the reports go with the account.
 */
export const ideaCommentsPersonalData: PersonalDataProvider = {
  name: 'commentairesIdees',
  async export(db, accountId) {
    const [comments, reports] = await Promise.all([
      sql<Record<string, unknown>>`
        SELECT c.id, c.idea_id AS idee, i.title AS "titreIdee", c.parent_id AS "enReponseA", c.body AS texte, c.visibility AS visibilite, c.created_at AS "creeLe"
        FROM idea_comments c JOIN ideas i ON i.id = c.idea_id WHERE c.account_id = ${accountId} ORDER BY c.created_at, c.id`.execute(db),
      sql<Record<string, unknown>>`
        SELECT subject_kind AS type, subject_id AS id, reason AS motif, created_at AS "signaleLe", settled_at AS "traiteLe"
        FROM idea_reports WHERE account_id = ${accountId} ORDER BY created_at, id`.execute(db),
    ]);
    return { commentaires: comments.rows, signalements: reports.rows };
  },
};
