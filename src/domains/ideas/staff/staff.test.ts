import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { signUp, type TestClient } from '../../../../test/helpers/client.js';
import { renderToString } from 'preact-render-to-string';
import { h } from 'preact';
import type { Viewer } from '../../../platform/http/access.plugin.js';
import { changeSupport } from '../ideas/index.js';
import { loadPledges, loadStaffPanel, PledgesSection, StaffPanel } from './index.js';

describe('ideas: staff actions and « je m’en occupe »', () => {
  let t: TestApp;
  let n = 0;
  let moderator: { client: TestClient; id: number; email: string };
  before(async () => {
    t = await buildTestApp();
    moderator = await account(['moderateur'], 'Modératrice Alice');
  });
  after(async () => t.close());

  async function account(roles = ['candidat'], displayName = '', verified = true): Promise<{ client: TestClient; id: number; email: string }> {
    const email = `staff-idees-${++n}@exemple.fr`;
    const client = await signUp(t.app, email);
    await sql`UPDATE accounts SET email_verified_at = ${verified ? new Date() : null}, roles = ${roles}::text[], display_name = ${displayName} WHERE email_normalized = ${email}`.execute(t.db);
    const { id } = await t.db.selectFrom('accounts').select('id').where('email_normalized', '=', email).executeTakeFirstOrThrow();
    await client.get('/mon-espace');
    return { client, id, email };
  }

  async function idea(title = `Idée de test numéro ${++n}`, fields: { visibility?: 'publie' | 'masque' } = {}): Promise<number> {
    const row = await t.db
      .insertInto('ideas')
      .values({ account_id: null, title, description: 'Une description assez longue pour passer la contrainte.', theme: 'se-former', audience: 'tous', visibility: fields.visibility ?? 'publie' })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }
  const support = (ideaId: number, accountIds: number[]) => t.db.insertInto('idea_supports').values(accountIds.map((account_id) => ({ idea_id: ideaId, account_id }))).execute();
  const follow = (ideaId: number, accountIds: number[]) => t.db.insertInto('idea_followers').values(accountIds.map((account_id) => ({ idea_id: ideaId, account_id }))).execute();
  const ideaRow = (id: number) => t.db.selectFrom('ideas').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const supportRows = async (id: number) => (await t.db.selectFrom('idea_supports').select('account_id').where('idea_id', '=', id).orderBy('account_id').execute()).map((row) => row.account_id);
  async function accountIds(count: number): Promise<number[]> {
    const ids: number[] = [];
    for (let i = 0; i < count; i++) {
      const email = `soutien-${++n}@exemple.fr`;
      const row = await t.db.insertInto('accounts').values({ email, email_normalized: email, password_hash: null, email_verified_at: new Date() }).returning('id').executeTakeFirstOrThrow();
      ids.push(row.id);
    }
    return ids;
  }

  test('a moderator changes the status with an official answer: recorded, audited, every follower gets a French mail', async () => {
    const id = await idea('Simulateur de trajets domicile-travail');
    const [first, second] = [await account(), await account()];
    await follow(id, [first.id, second.id]);
    const response = await moderator.client.post(`/idees/${id}/statut`, { statut: 'a-l-etude', reponse: 'Nous étudions la faisabilité avec les régions.' });
    assert.equal(response.statusCode, 303, response.body.slice(0, 500));
    assert.equal(response.headers.location, `/idees/${id}`);
    assert.equal((await ideaRow(id)).status, 'a-l-etude');
    const change = await t.db.selectFrom('idea_status_changes').selectAll().where('idea_id', '=', id).executeTakeFirstOrThrow();
    assert.deepEqual([change.from_status, change.to_status, change.answer, change.staff_name, change.staff_account_id], ['nouvelle', 'a-l-etude', 'Nous étudions la faisabilité avec les régions.', 'Modératrice Alice', moderator.id]);
    const audit = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'idea.status').where('subject_id', '=', String(id)).executeTakeFirstOrThrow();
    assert.equal(audit.actor_account_id, moderator.id);
    assert.match(audit.summary, /Nouvelle → À l’étude/);
    for (const follower of [first, second]) {
      const mail = await t.smtp.waitFor(follower.email, /Simulateur de trajets/);
      assert.match(mail.subject, /À l’étude/);
      assert.match(mail.text, /Nous étudions la faisabilité avec les régions\./);
      assert.match(mail.text, new RegExp(`http://localhost:3000/idees/${id}`));
    }
  });

  test('an invalid status change re-renders a 400 page with the error summary and the input kept; nothing changes', async () => {
    const id = await idea();
    for (const [form, message] of [
      [{ statut: 'retenue', reponse: '' }, /Saisissez la réponse officielle/],
      [{ statut: 'doublon', reponse: 'Doublon.' }, /Choisissez un statut/],
      [{ statut: 'retenue', reponse: 'x'.repeat(5001) }, /au plus 5000 caractères/],
    ] as const) {
      const response = await moderator.client.post(`/idees/${id}/statut`, form);
      assert.equal(response.statusCode, 400);
      assert.match(response.body, /Le formulaire contient une erreur/);
      assert.match(response.body, message);
      assert.match(response.body, new RegExp(`href="/idees/${id}"`));
      if (form.reponse.length < 100 && form.reponse) assert.match(response.body, new RegExp(form.reponse));
    }
    assert.equal((await ideaRow(id)).status, 'nouvelle');
    assert.equal((await t.db.selectFrom('idea_status_changes').select('id').where('idea_id', '=', id).execute()).length, 0);
  });

  test('only moderators and administrators act as staff; unknown ideas are 404, malformed ids 400', async () => {
    const id = await idea();
    const candidate = await account(['candidat']);
    const developer = await account(['developpeur']);
    for (const client of [candidate.client, developer.client]) {
      for (const [path, form] of [
        ['statut', { statut: 'retenue', reponse: 'Oui.' }],
        ['fusion', { cible: '1', reponseFusion: 'Oui.' }],
        ['realisation', { service: 'carte-des-formations', application: '' }],
      ] as const) {
        assert.equal((await client.post(`/idees/${id}/${path}`, form)).statusCode, 403, path);
      }
    }
    const anonymous = await t.app.inject({ method: 'POST', url: `/idees/${id}/statut`, payload: { statut: 'retenue', reponse: 'Oui.' } });
    assert.ok([401, 403].includes(anonymous.statusCode));
    assert.equal((await moderator.client.post('/idees/99999999/statut', { statut: 'retenue', reponse: 'Oui.' })).statusCode, 404);
    assert.equal((await moderator.client.post('/idees/99999999/fusion', { cible: String(id), reponseFusion: 'Oui.' })).statusCode, 404);
    assert.equal((await moderator.client.post('/idees/99999999/realisation', { service: '', application: 'Mon appli' })).statusCode, 404);
    assert.equal((await moderator.client.post('/idees/inconnu/statut', { statut: 'retenue', reponse: 'Oui.' })).statusCode, 400);
    const admin = await account(['administrateur'], 'Admin Bob');
    assert.equal((await admin.client.post(`/idees/${id}/statut`, { statut: 'retenue', reponse: 'Retenue.' })).statusCode, 303);
    assert.equal((await ideaRow(id)).status, 'retenue');
  });

  test('a merge moves supports (without duplicates) and followers: counts exact, A is a duplicate, A’s followers are told', async () => {
    const a = await idea('Idée A à regrouper');
    const b = await idea('Idée B qui regroupe');
    const [s1, s2, s3, s4] = await accountIds(4);
    const f1 = await account();
    const f2 = await account();
    await support(a, [s1!, s2!, s3!]);
    await support(b, [s3!, s4!]);
    await follow(a, [f1.id, f2.id]);
    await follow(b, [f2.id]);
    const response = await moderator.client.post(`/idees/${a}/fusion`, { cible: ` ${b} `, reponseFusion: `Cette idée rejoint l’idée n° ${b}.` });
    assert.equal(response.statusCode, 303, response.body.slice(0, 500));
    const [rowA, rowB] = [await ideaRow(a), await ideaRow(b)];
    assert.deepEqual([rowA.status, rowA.merged_into_id, rowA.supports_count], ['doublon', b, 0]);
    assert.equal(rowB.supports_count, 4);
    assert.deepEqual(await supportRows(b), [s1, s2, s3, s4].sort((x, y) => x! - y!));
    assert.deepEqual(await supportRows(a), []);
    const followers = await t.db.selectFrom('idea_followers').select(['idea_id', 'account_id']).where('idea_id', 'in', [a, b]).orderBy('account_id').execute();
    assert.deepEqual(followers, [{ idea_id: b, account_id: f1.id }, { idea_id: b, account_id: f2.id }]);
    const change = await t.db.selectFrom('idea_status_changes').selectAll().where('idea_id', '=', a).executeTakeFirstOrThrow();
    assert.equal(change.to_status, 'doublon');
    assert.equal(change.answer, `Cette idée rejoint l’idée n° ${b}.`);
    assert.ok(await t.db.selectFrom('audit_log').select('id').where('action', '=', 'idea.merge').where('subject_id', '=', String(a)).executeTakeFirst());
    for (const follower of [f1, f2]) {
      const mail = await t.smtp.waitFor(follower.email, /regroupée/);
      assert.match(mail.text, new RegExp(`/idees/${b}`));
    }
    // A merged idea's status no longer changes.
    const refused = await moderator.client.post(`/idees/${a}/statut`, { statut: 'retenue', reponse: 'Non.' });
    assert.equal(refused.statusCode, 400);
    assert.match(refused.body, /regroupée avec l’idée n°/);
  });

  test('merges into itself, into an unknown, hidden or merged idea, or of an already merged idea are refused', async () => {
    const a = await idea();
    const b = await idea();
    const c = await idea();
    const hidden = await idea(undefined, { visibility: 'masque' });
    assert.equal((await moderator.client.post(`/idees/${c}/fusion`, { cible: String(b), reponseFusion: 'Doublon.' })).statusCode, 303);
    const cases: [Record<string, string>, RegExp][] = [
      [{ cible: String(a), reponseFusion: 'Doublon.' }, /une autre idée que celle-ci/],
      [{ cible: 'abc', reponseFusion: 'Doublon.' }, /Saisissez le numéro/],
      [{ cible: '99999999', reponseFusion: 'Doublon.' }, /n’existe pas ou n’est pas visible/],
      [{ cible: String(hidden), reponseFusion: 'Doublon.' }, /n’existe pas ou n’est pas visible/],
      [{ cible: String(c), reponseFusion: 'Doublon.' }, new RegExp(`elle-même regroupée avec l’idée n° ${b}`)],
      [{ cible: String(b), reponseFusion: '' }, /Saisissez la réponse officielle/],
    ];
    for (const [form, message] of cases) {
      const response = await moderator.client.post(`/idees/${a}/fusion`, form);
      assert.equal(response.statusCode, 400, JSON.stringify(form));
      assert.match(response.body, message);
    }
    const again = await moderator.client.post(`/idees/${c}/fusion`, { cible: String(a), reponseFusion: 'Doublon.' });
    assert.equal(again.statusCode, 400);
    assert.match(again.body, /déjà regroupée/);
    assert.equal((await ideaRow(a)).status, 'nouvelle');
  });

  test('supports made during a merge keep every count equal to its rows', async () => {
    const a = await idea('Idée A sous charge');
    const b = await idea('Idée B sous charge');
    const shared = await accountIds(5);
    const onlyA = await accountIds(5);
    const newcomers = await accountIds(20);
    await support(a, [...shared, ...onlyA]);
    await support(b, shared);
    // The real support service (it locks the idea row first, and refuses a merged idea).
    const work: Promise<unknown>[] = newcomers.map((accountId, index) => changeSupport(t.db, index % 2 ? a : b, accountId, 'soutenir'));
    work.splice(10, 0, moderator.client.post(`/idees/${a}/fusion`, { cible: String(b), reponseFusion: 'Doublon.' }));
    work.push(changeSupport(t.db, a, onlyA[0]!, 'retirer'), changeSupport(t.db, b, shared[0]!, 'retirer'));
    const results = await Promise.allSettled(work);
    const failures = results.flatMap((result) => (result.status === 'rejected' ? [result.reason as { code?: string }] : []));
    // Only supports of A arriving after the merge may be refused (A is then a duplicate).
    assert.ok(failures.every((error) => error.code === 'CONFLICT'), JSON.stringify(failures));
    assert.ok(failures.length <= newcomers.length / 2 + 1);
    const merge = results[10];
    assert.equal(merge?.status === 'fulfilled' ? (merge.value as { statusCode: number }).statusCode : 0, 303);
    const { rows } = await sql<{ id: number; supports_count: number; actual: number }>`
      SELECT i.id, i.supports_count, (SELECT count(*)::int FROM idea_supports s WHERE s.idea_id = i.id) AS actual FROM ideas i`.execute(t.db);
    for (const row of rows) assert.equal(row.supports_count, row.actual, `idea ${row.id}`);
    assert.equal((await ideaRow(a)).status, 'doublon');
    const countB = (await ideaRow(b)).supports_count;
    assert.ok(countB >= shared.length + onlyA.length - 2 && countB <= shared.length + onlyA.length + newcomers.length, String(countB));
  });

  test('realisation: a published service by its slug or an application name, validated and audited', async () => {
    const id = await idea();
    const unknown = await moderator.client.post(`/idees/${id}/realisation`, { service: 'n-existe-pas', application: '' });
    assert.equal(unknown.statusCode, 400);
    assert.match(unknown.body, /Aucun service publié n’a l’identifiant « n-existe-pas »/);
    assert.match(unknown.body, /value="n-existe-pas"/);
    const long = await moderator.client.post(`/idees/${id}/realisation`, { service: '', application: 'x'.repeat(201) });
    assert.equal(long.statusCode, 400);
    assert.match(long.body, /au plus 200 caractères/);
    const ok = await moderator.client.post(`/idees/${id}/realisation`, { service: 'carte-des-formations', application: 'https://exemple.fr/appli' });
    assert.equal(ok.statusCode, 303);
    const row = await ideaRow(id);
    const service = await t.db.selectFrom('services').select('id').where('slug', '=', 'carte-des-formations').executeTakeFirstOrThrow();
    assert.equal(row.realised_service_id, service.id);
    assert.equal(row.realised_application, 'https://exemple.fr/appli');
    const audit = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'idea.realisation').where('subject_id', '=', String(id)).executeTakeFirstOrThrow();
    assert.match(audit.summary, /service « .+ » et application « https:\/\/exemple\.fr\/appli »/);
    const api = (await t.app.inject({ url: `/api/v1/idees/${id}` })).json();
    assert.equal(api.realisation.service.slug, 'carte-des-formations');
    assert.equal(api.realisation.application, 'https://exemple.fr/appli');
    await sql`UPDATE services SET status = 'depublie' WHERE slug = 'usine-en-jeu'`.execute(t.db);
    const unpublished = await moderator.client.post(`/idees/${id}/realisation`, { service: 'usine-en-jeu', application: '' });
    assert.equal(unpublished.statusCode, 400);
    assert.equal((await ideaRow(id)).realised_service_id, service.id);
    await sql`UPDATE services SET status = 'publie' WHERE slug = 'usine-en-jeu'`.execute(t.db);
  });

  test('« je m’en occupe »: verified developers and partners toggle it; others are refused', async () => {
    const id = await idea();
    const developer = await account(['developpeur'], 'Dev Chloé');
    const candidate = await account(['candidat']);
    const unverified = await account(['developpeur'], '', false);
    assert.equal((await candidate.client.post(`/idees/${id}/je-m-en-occupe`, { note: '' })).statusCode, 403);
    assert.equal((await unverified.client.post(`/idees/${id}/je-m-en-occupe`, { note: '' })).statusCode, 403);
    assert.equal((await developer.client.post('/idees/99999999/je-m-en-occupe', { note: '' })).statusCode, 404);
    const tooLong = await developer.client.post(`/idees/${id}/je-m-en-occupe`, { note: 'x'.repeat(501) });
    assert.equal(tooLong.statusCode, 400);
    assert.equal((await developer.client.post(`/idees/${id}/je-m-en-occupe`, { note: 'Dépôt : https://exemple.fr/depot' })).statusCode, 303);
    const viewer = { accountId: developer.id, email: developer.email, displayName: 'Dev Chloé', roles: ['developpeur'], emailVerified: true, sessionIdHash: '' } satisfies Viewer;
    const data = await loadPledges(t.db, id, viewer);
    assert.deepEqual([data.canPledge, data.pledged, data.pledges.map((pledge) => [pledge.name, pledge.note])], [true, true, [['Dev Chloé', 'Dépôt : https://exemple.fr/depot']]]);
    const html = renderToString(h(PledgesSection, { data, csrfToken: 'jeton' }));
    assert.match(html, /Ils s’en occupent/);
    assert.match(html, /Je ne m’en occupe plus/);
    assert.equal(renderToString(h(PledgesSection, { data: await loadPledges(t.db, await idea()) })), '');
    assert.equal((await developer.client.post(`/idees/${id}/je-m-en-occupe`, {})).statusCode, 303);
    assert.deepEqual((await loadPledges(t.db, id)).pledges, []);
  });

  test('the staff panel is for staff only', async () => {
    const id = await idea();
    const row = await ideaRow(id);
    const person = (roles: Viewer['roles']): Viewer => ({ accountId: moderator.id, email: moderator.email, displayName: 'X', roles, emailVerified: true, sessionIdHash: '' });
    assert.equal(await loadStaffPanel(t.db, row, null), null);
    assert.equal(await loadStaffPanel(t.db, row, person(['candidat', 'developpeur'])), null);
    const data = await loadStaffPanel(t.db, row, person(['moderateur']));
    assert.ok(data);
    const html = renderToString(h(StaffPanel, { data, csrfToken: 'jeton' }));
    for (const action of ['statut', 'fusion', 'realisation']) assert.match(html, new RegExp(`action="/idees/${id}/${action}"`));
    assert.match(html, /name="_csrf" value="jeton"/);
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    assert.deepEqual(ids, [...new Set(ids)], 'ids are unique');
  });
});
