import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildTestApp, type TestApp } from '../../../test/helpers/app.js';
import { createService } from '../../../test/factories.js';
import { auditEntries, decode, staffAccount } from './backoffice.test-support.js';

describe('moderation decisions in the audit log', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp({ seed: false });
  });
  after(async () => t.close());

  test('a decision records who, what, the state before and after and the reason, shown in the journal', async () => {
    const moderator = await staffAccount(t, ['moderateur'], 'Modératrice Alice');
    const author = await staffAccount(t, ['candidat']);
    const service = await createService(t.db, { name: 'Atelier CV express' });
    const review = await t.db.insertInto('service_reviews').values({ service_id: service.id, account_id: author.id, rating: 1, body: 'Arnaque !!!' }).returning('id').executeTakeFirstOrThrow();
    const reporter = await staffAccount(t, ['candidat']);
    assert.equal((await reporter.client.post(`/avis/${review.id}/signaler`, { reason: 'spam' })).statusCode, 303);

    // A refused decision records nothing.
    await moderator.client.get(`/moderation/avis/${review.id}`);
    assert.equal((await moderator.client.post(`/moderation/avis/${review.id}`, { decision: 'masquer', reason: ' ' })).statusCode, 400);
    assert.equal((await auditEntries(t)).length, 0);

    assert.equal((await moderator.client.post(`/moderation/avis/${review.id}`, { decision: 'masquer', reason: 'Publicité déguisée.' })).statusCode, 303);
    const entries = await auditEntries(t);
    assert.equal(entries.length, 1);
    const entry = entries[0]!;
    assert.equal(entry.action, 'moderation.avis.masquer');
    assert.equal(entry.actor_account_id, moderator.id);
    assert.equal(entry.actor_name, 'Modératrice Alice');
    assert.equal(entry.subject_kind, 'avis');
    assert.equal(entry.subject_id, String(review.id));
    assert.match(entry.summary, new RegExp(`^Décision de modération « .+ » : Avis n° ${review.id} sur « Atelier CV express »$`));
    const [beforeState, afterState] = [entry.before as { etat: string }, entry.after as { etat: string; decision: string; motif: string }];
    assert.notEqual(beforeState.etat, afterState.etat);
    assert.equal(afterState.motif, 'Publicité déguisée.');
    const decision = await t.db.selectFrom('moderation_decisions').select('created_at').executeTakeFirstOrThrow();
    assert.ok(Math.abs(decision.created_at.getTime() - entry.created_at.getTime()) < 1000, 'recorded with the decision');

    const journal = decode((await moderator.client.get('/administration/journal?action=moderation.avis.masquer')).body);
    assert.match(journal, /Modération \(avis\) : /);
    assert.match(journal, new RegExp(`href="/moderation/avis/${review.id}"`));
    assert.match(journal, /<th scope="row">Motif<\/th><td class="es-mail-text">—<\/td><td class="es-mail-text">Publicité déguisée\.<\/td>/);
  });
});
