import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import { DEMO_STAFF_NAME, demoIdeas, demoParticipants } from './ideas.data.js';

const DAY = 86_400_000;

/**
 * Loads the demo ideas, their supports (from password-less demo participants, who cannot log in),
 * official answers, realisations and one merged duplicate. Idempotent: does nothing when ideas exist.
 */
export async function seedIdeasDemo(db: Db, now = new Date()): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext('seed-ideas'))`.execute(trx);
    if (await trx.selectFrom('ideas').select('id').limit(1).executeTakeFirst()) return;

    await trx
      .insertInto('accounts')
      .values(demoParticipants.map((participant) => ({ email: participant.email, email_normalized: participant.email, display_name: participant.name, password_hash: null, email_verified_at: now })))
      .onConflict((oc) => oc.column('email_normalized').doNothing())
      .execute();
    const accounts = await trx.selectFrom('accounts').select(['id', 'email_normalized']).where('email_normalized', 'in', demoParticipants.map((participant) => participant.email)).execute();
    const accountOf = (index: number) => accounts.find((account) => account.email_normalized === demoParticipants[index]?.email)?.id;
    const services = await trx.selectFrom('services').select(['id', 'slug']).where('status', '=', 'publie').execute();

    const idOf = new Map<string, number>();
    for (const idea of demoIdeas) {
      const createdAt = new Date(now.getTime() - idea.daysAgo * DAY - 3_600_000);
      const serviceId = idea.realisedServiceSlug ? services.find((service) => service.slug === idea.realisedServiceSlug)?.id : undefined;
      const { id } = await trx
        .insertInto('ideas')
        .values({
          account_id: accountOf(idea.supporters[0] ?? 0) ?? null,
          title: idea.title,
          description: idea.description,
          theme: idea.theme,
          audience: idea.audience,
          // A realisation whose service is missing (catalogue not loaded) stays « retenue ».
          status: idea.status === 'realisee' && !serviceId ? 'retenue' : (idea.status ?? 'nouvelle'),
          realised_service_id: serviceId ?? null,
          created_at: createdAt,
          updated_at: createdAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      idOf.set(idea.key, id);
      const supporters = idea.supporters.map(accountOf).filter((account): account is number => account !== undefined);
      if (supporters.length) await trx.insertInto('idea_supports').values(supporters.map((account_id) => ({ idea_id: id, account_id, created_at: createdAt }))).execute();
      if (idea.status && idea.answer) {
        await trx
          .insertInto('idea_status_changes')
          .values({ idea_id: id, from_status: 'nouvelle', to_status: idea.status, answer: idea.answer, staff_account_id: null, staff_name: DEMO_STAFF_NAME, created_at: new Date(createdAt.getTime() + 2 * DAY) })
          .execute();
      }
    }

    // The duplicate: its supports move to the idea it duplicates (as a staff merge does).
    for (const idea of demoIdeas.filter((candidate) => candidate.duplicateOf)) {
      const id = idOf.get(idea.key)!;
      const into = idOf.get(idea.duplicateOf!)!;
      await sql`DELETE FROM idea_supports s WHERE s.idea_id = ${id} AND EXISTS (SELECT 1 FROM idea_supports t WHERE t.idea_id = ${into} AND t.account_id = s.account_id)`.execute(trx);
      await sql`UPDATE idea_supports SET idea_id = ${into} WHERE idea_id = ${id}`.execute(trx);
      await trx.updateTable('ideas').set({ status: 'doublon', merged_into_id: into }).where('id', '=', id).execute();
      await trx
        .insertInto('idea_status_changes')
        .values({ idea_id: id, from_status: 'nouvelle', to_status: 'doublon', answer: idea.answer ?? `Cette idée rejoint l’idée n° ${into}.`, staff_account_id: null, staff_name: DEMO_STAFF_NAME })
        .execute();
    }
  });
}
