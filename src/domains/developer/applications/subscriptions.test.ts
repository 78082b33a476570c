import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { createApplication, decode, developerAccount, type TestAccount, verifiedAccount } from './applications.test-support.js';

const USE_CASE = 'Afficher aux conseillers les sessions de MOOC ouvertes et leurs places restantes, une fois par jour.';

describe('API subscriptions: open APIs at once, restricted ones through the moderation queue', () => {
  let t: TestApp;
  let dev: TestAccount;
  let moderator: TestAccount;
  const subscription = (applicationId: number, api: string) => t.db.selectFrom('api_subscriptions').selectAll().where('application_id', '=', applicationId).where('api', '=', api).executeTakeFirst();
  const events = (subscriptionId: number) => t.db.selectFrom('api_subscription_events').selectAll().where('subscription_id', '=', subscriptionId).orderBy('id').execute();

  before(async () => {
    t = await buildTestApp({ seed: false });
    dev = await developerAccount(t);
    moderator = await verifiedAccount(t, ['moderateur']);
  });
  after(async () => t.close());

  async function decide(id: number, decision: string, reason: string) {
    await moderator.client.get(`/moderation/abonnement-api/${id}`);
    return moderator.client.post(`/moderation/abonnement-api/${id}`, { decision, reason });
  }

  test('an open API is granted at once; unsubscribing deletes the subscription', async () => {
    const { id } = await createApplication(t, dev.client);
    await dev.client.get(`/developpeurs/applications/${id}`);
    const subscribed = await dev.client.post(`/developpeurs/applications/${id}/abonnements/catalogue-des-services/souscrire`);
    assert.equal(subscribed.statusCode, 303);
    const row = (await subscription(id, 'catalogue-des-services'))!;
    assert.equal(row.status, 'validee');
    assert.ok(row.decided_at);
    assert.deepEqual((await events(row.id)).map((event) => [event.from_status, event.to_status, event.actor_account_id]), [[null, 'validee', dev.id]]);
    const page = decode((await dev.client.get(`/developpeurs/applications/${id}?info=abonnee`)).body);
    assert.match(page, /Validé/);
    assert.match(page, /Se désabonner/);
    assert.equal((await dev.client.post(`/developpeurs/applications/${id}/abonnements/catalogue-des-services/souscrire`)).statusCode, 409);
    assert.equal((await dev.client.post(`/developpeurs/applications/${id}/abonnements/inconnue/souscrire`)).statusCode, 404);
    assert.equal((await dev.client.post(`/developpeurs/applications/${id}/abonnements/catalogue-des-services/desabonner`)).statusCode, 303);
    assert.equal(await subscription(id, 'catalogue-des-services'), undefined);
    assert.equal((await events(row.id)).length, 0);
    assert.equal((await dev.client.post(`/developpeurs/applications/${id}/abonnements/catalogue-des-services/desabonner`)).statusCode, 409);
  });

  test('a restricted API cannot be subscribed in one click, nor an open one requested', async () => {
    const { id } = await createApplication(t, dev.client);
    await dev.client.get(`/developpeurs/applications/${id}`);
    assert.equal((await dev.client.post(`/developpeurs/applications/${id}/abonnements/moocs/souscrire`)).statusCode, 409);
    assert.equal((await dev.client.get(`/developpeurs/applications/${id}/abonnements/rome`)).statusCode, 404);
    assert.equal(await subscription(id, 'moocs'), undefined);
  });

  test('restricted API: draft, send, changes asked, send again, validated — with e-mails and the history', async () => {
    const { id } = await createApplication(t, dev.client, { name: 'Tableau des MOOC' });
    const form = `/developpeurs/applications/${id}/abonnements/moocs`;
    assert.match(decode((await dev.client.get(form)).body), /Décrivez l’usage prévu/);
    const draft = await dev.client.post(form, { useCase: 'Ébauche', intent: 'enregistrer' });
    assert.equal(draft.statusCode, 303);
    assert.equal((await subscription(id, 'moocs'))!.status, 'brouillon');
    const tooShort = await dev.client.post(form, { useCase: 'Trop court pour être envoyé', intent: 'envoyer' });
    assert.equal(tooShort.statusCode, 400);
    assert.match(decode(tooShort.body), /30 caractères au moins/);
    assert.match(decode(tooShort.body), /Trop court pour être envoyé/);
    assert.equal((await subscription(id, 'moocs'))!.status, 'brouillon');
    assert.equal((await dev.client.post(form, { useCase: USE_CASE, intent: 'envoyer' })).statusCode, 303);
    const sent = (await subscription(id, 'moocs'))!;
    assert.equal(sent.status, 'soumise');
    assert.ok(sent.submitted_at);

    const queue = decode((await moderator.client.get('/moderation?type=abonnement-api')).body);
    assert.match(queue, /Abonnement de « Tableau des MOOC »/);
    const item = decode((await moderator.client.get(`/moderation/abonnement-api/${sent.id}`)).body);
    assert.match(item, new RegExp(dev.email));
    assert.match(item, /une fois par jour/);
    assert.match(item, /agregateur\.example\.fr/);

    assert.equal((await decide(sent.id, 'demander-modifications', 'Précisez qui verra les chiffres d’inscription.')).statusCode, 303);
    assert.equal((await subscription(id, 'moocs'))!.status, 'modifications-demandees');
    const askMail = await t.smtp.waitFor(dev.email, /Modifications demandées/);
    assert.match(askMail.text, /Précisez qui verra les chiffres/);
    assert.match(decode((await dev.client.get(form)).body), /Précisez qui verra les chiffres/);
    assert.doesNotMatch(decode((await moderator.client.get('/moderation?type=abonnement-api')).body), /Tableau des MOOC/);

    await dev.client.get(form);
    assert.equal((await dev.client.post(form, { useCase: `${USE_CASE} Seuls les conseillers connectés verront les chiffres.`, intent: 'envoyer' })).statusCode, 303);
    assert.equal((await subscription(id, 'moocs'))!.status, 'soumise');
    assert.equal((await decide(sent.id, 'valider', 'Usage conforme aux conditions.')).statusCode, 303);
    const validated = (await subscription(id, 'moocs'))!;
    assert.equal(validated.status, 'validee');
    assert.equal(validated.staff_reason, null);
    const okMail = await t.smtp.waitFor(dev.email, /Abonnement validé/);
    assert.match(okMail.text, /Usage conforme aux conditions/);
    assert.match(okMail.text, new RegExp(`/developpeurs/applications/${id}`));

    // Deciding again on a validated request is refused (409), and changes nothing.
    assert.equal((await decide(sent.id, 'valider', 'Encore')).statusCode, 409);
    assert.equal((await decide(sent.id, 'revoquer', 'Usage détourné : revente des données.')).statusCode, 303);
    assert.equal((await subscription(id, 'moocs'))!.status, 'revoquee');
    assert.match((await t.smtp.waitFor(dev.email, /Abonnement révoqué/)).text, /revente des données/);
    // A revocation is final for the owner.
    assert.equal((await dev.client.post(form, { useCase: USE_CASE, intent: 'envoyer' })).statusCode, 409);

    const history = (await events(sent.id)).map((event) => [event.from_status, event.to_status, event.actor_account_id, event.reason]);
    assert.deepEqual(history, [
      [null, 'brouillon', dev.id, null],
      ['brouillon', 'soumise', dev.id, null],
      ['soumise', 'modifications-demandees', moderator.id, 'Précisez qui verra les chiffres d’inscription.'],
      ['modifications-demandees', 'soumise', dev.id, null],
      ['soumise', 'validee', moderator.id, 'Usage conforme aux conditions.'],
      ['validee', 'revoquee', moderator.id, 'Usage détourné : revente des données.'],
    ]);
    const audited = await t.db.selectFrom('audit_log').select('action').where('subject_kind', '=', 'abonnement-api').where('subject_id', '=', String(sent.id)).execute();
    assert.equal(audited.length, 3);
  });

  test('a refusal is mailed with its reason; the owner may send a better request', async () => {
    const { id } = await createApplication(t, dev.client, { name: 'Refusée puis corrigée' });
    const form = `/developpeurs/applications/${id}/abonnements/moocs`;
    await dev.client.get(form);
    await dev.client.post(form, { useCase: USE_CASE, intent: 'envoyer' });
    const sent = (await subscription(id, 'moocs'))!;
    const noReason = await decide(sent.id, 'refuser', '');
    assert.equal(noReason.statusCode, 400);
    assert.equal((await subscription(id, 'moocs'))!.status, 'soumise');
    assert.equal((await decide(sent.id, 'refuser', 'L’usage décrit ne nécessite pas les chiffres d’inscription.')).statusCode, 303);
    assert.equal((await subscription(id, 'moocs'))!.status, 'refusee');
    assert.match((await t.smtp.waitFor(dev.email, /Abonnement refusé/)).text, /ne nécessite pas les chiffres/);
    await dev.client.get(form);
    assert.equal((await dev.client.post(form, { useCase: `${USE_CASE} Avec un usage mieux décrit.`, intent: 'envoyer' })).statusCode, 303);
    assert.equal((await subscription(id, 'moocs'))!.status, 'soumise');
  });

  test('the queue leaves out requests of revoked applications, and staff cannot decide on them', async () => {
    const { id } = await createApplication(t, dev.client, { name: 'Demande orpheline' });
    const form = `/developpeurs/applications/${id}/abonnements/moocs`;
    await dev.client.get(form);
    await dev.client.post(form, { useCase: USE_CASE, intent: 'envoyer' });
    const sent = (await subscription(id, 'moocs'))!;
    await dev.client.get(`/developpeurs/applications/${id}/revoquer`);
    await dev.client.post(`/developpeurs/applications/${id}/revoquer`, { reason: '' });
    assert.doesNotMatch(decode((await moderator.client.get('/moderation?type=abonnement-api')).body), /Demande orpheline/);
    assert.equal((await decide(sent.id, 'valider', 'Trop tard')).statusCode, 409);
    assert.equal((await subscription(id, 'moocs'))!.status, 'soumise');
  });
});
