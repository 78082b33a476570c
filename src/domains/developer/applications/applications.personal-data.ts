import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { PersonalDataProvider } from '../../accounts/index.js';

/**
 * The account's developer applications and their subscriptions — never a secret, its hash or its
 * hint. On deletion, applications go with the account (ON DELETE CASCADE): the OAuth core is told
 * to forget them, so their tokens stop working at once here (within its cache time elsewhere).
 */
export function applicationsPersonalData(app: FastifyInstance): PersonalDataProvider {
  return {
    name: 'applicationsDeveloppeur',
    async export(db, accountId) {
      const [applications, subscriptions] = await Promise.all([
        sql<Record<string, unknown>>`
          SELECT id, name AS nom, description, website AS "siteWeb", client_id AS "identifiantClient", status AS statut,
            created_at AS "creeeLe", updated_at AS "modifieeLe", revoked_at AS "revoqueeLe", revoked_reason AS "motifRevocation"
          FROM developer_applications WHERE owner_account_id = ${accountId} ORDER BY created_at, id`.execute(db),
        sql<Record<string, unknown>>`
          SELECT s.application_id AS application, d.name AS "nomApplication", s.api, s.status AS statut, s.use_case AS "usagePrevu",
            s.staff_reason AS "messageEquipe", s.submitted_at AS "envoyeLe", s.decided_at AS "decideLe", s.created_at AS "creeLe"
          FROM api_subscriptions s JOIN developer_applications d ON d.id = s.application_id
          WHERE d.owner_account_id = ${accountId} ORDER BY s.application_id, s.api`.execute(db),
      ]);
      return { applications: applications.rows, abonnements: subscriptions.rows };
    },
    async onAccountDeletion(db, accountId) {
      const rows = await db.selectFrom('developer_applications').select('client_id').where('owner_account_id', '=', accountId).execute();
      for (const row of rows) app.developer.forgetApplication(row.client_id);
    },
  };
}
