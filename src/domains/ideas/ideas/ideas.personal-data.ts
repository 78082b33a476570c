import { sql } from 'kysely';
import type { PersonalDataProvider } from '../../accounts/index.js';

/**
 * The account's ideas, supports and follows. On deletion, supports and follows go with the account
 * (ON DELETE CASCADE; the trigger lowers the counts) and ideas stay, without their author.
 */
export const ideasPersonalData: PersonalDataProvider = {
  name: 'idees',
  async export(db, accountId) {
    const [ideas, supports, follows] = await Promise.all([
      sql<Record<string, unknown>>`
        SELECT id, title AS titre, description, theme AS thematique, audience AS public, status AS statut, visibility AS visibilite,
          created_at AS "creeeLe", updated_at AS "modifieeLe"
        FROM ideas WHERE account_id = ${accountId} ORDER BY created_at`.execute(db),
      sql<Record<string, unknown>>`
        SELECT s.idea_id AS idee, i.title AS titre, s.created_at AS "soutenueLe"
        FROM idea_supports s JOIN ideas i ON i.id = s.idea_id WHERE s.account_id = ${accountId} ORDER BY s.created_at`.execute(db),
      sql<Record<string, unknown>>`
        SELECT f.idea_id AS idee, i.title AS titre, f.created_at AS "suivieDepuis"
        FROM idea_followers f JOIN ideas i ON i.id = f.idea_id WHERE f.account_id = ${accountId} ORDER BY f.created_at`.execute(db),
    ]);
    return { idees: ideas.rows, soutiens: supports.rows, suivis: follows.rows };
  },
  async onAccountDeletion(db, accountId) {
    await db.updateTable('ideas').set({ account_id: null }).where('account_id', '=', accountId).execute();
  },
};
