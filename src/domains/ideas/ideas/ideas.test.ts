import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { signUp, type TestClient } from '../../../../test/helpers/client.js';
import { hotScore } from '../ideas.vocabulary.js';
import { listIdeas } from './ideas.repository.js';

const decode = (html: string) => html.replace(/&#39;|&rsquo;/g, '’').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const DESCRIPTION = 'Une description assez longue pour être acceptée par le formulaire.';

describe('ideas core', () => {
  let t: TestApp;
  let seq = 0;
  before(async () => {
    t = await buildTestApp({ seed: false });
  });
  after(async () => t.close());

  const account = async (prefix: string, verified = true): Promise<{ client: TestClient; id: number }> => {
    const email = `${prefix}-${++seq}@exemple.fr`;
    const client = await signUp(t.app, email);
    await sql`UPDATE accounts SET email_verified_at = ${verified ? new Date() : null} WHERE email_normalized = ${email}`.execute(t.db);
    const { id } = await t.db.selectFrom('accounts').select('id').where('email_normalized', '=', email).executeTakeFirstOrThrow();
    await client.get('/idees/proposer');
    return { client, id };
  };
  const insertIdea = async (values: { accountId?: number | null; title: string; supports?: number; comments?: number; hoursAgo?: number; theme?: string; description?: string }) => {
    const { id } = await t.db
      .insertInto('ideas')
      .values({
        account_id: values.accountId ?? null,
        title: values.title,
        description: values.description ?? DESCRIPTION,
        theme: values.theme ?? 'se-former',
        audience: 'tous',
        created_at: new Date(Date.now() - (values.hoursAgo ?? 0) * 3_600_000),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  };
  const supportersOf = async (ideaId: number, count: number) => {
    for (let n = 0; n < count; n++) {
      const { id } = await t.db.insertInto('accounts').values({ email: `fan-${ideaId}-${n}-${++seq}@exemple.fr`, email_normalized: `fan-${ideaId}-${n}-${seq}@exemple.fr`, password_hash: 'x' } as never).returning('id').executeTakeFirstOrThrow();
      await t.db.insertInto('idea_supports').values({ idea_id: ideaId, account_id: id }).execute();
    }
  };
  const countOf = async (ideaId: number) => {
    const row = await t.db.selectFrom('ideas').select('supports_count').where('id', '=', ideaId).executeTakeFirstOrThrow();
    const rows = await t.db.selectFrom('idea_supports').select(sql<number>`count(*)::int`.as('n')).where('idea_id', '=', ideaId).executeTakeFirstOrThrow();
    return { counter: row.supports_count, rows: rows.n };
  };

  test('« tendance »: the SQL order equals sorting by hotScore()', async () => {
    await sql`DELETE FROM ideas`.execute(t.db);
    const fixtures = [
      { title: 'Idée neuve sans soutien', supports: 0, hoursAgo: 0.5 },
      { title: 'Idée ancienne très soutenue', supports: 12, hoursAgo: 24 * 30 },
      { title: 'Idée récente un peu soutenue', supports: 3, hoursAgo: 5 },
      { title: 'Idée d’hier soutenue', supports: 6, hoursAgo: 26 },
      { title: 'Idée de la semaine', supports: 9, hoursAgo: 24 * 7 },
      { title: 'Idée de ce matin', supports: 1, hoursAgo: 3 },
    ];
    for (const fixture of fixtures) await supportersOf(await insertIdea(fixture), fixture.supports);
    const now = new Date();
    const { ideas } = await listIdeas(t.db, { sort: 'tendance', page: 1, now }, null);
    const expected = [...ideas].sort((a, b) => hotScore(b.supportsCount, new Date(b.createdAt), now) - hotScore(a.supportsCount, new Date(a.createdAt), now) || b.id - a.id);
    assert.deepEqual(
      ideas.map((idea) => idea.title),
      expected.map((idea) => idea.title),
    );
    assert.equal(ideas.length, fixtures.length);
    assert.notEqual(ideas[0]!.title, 'Idée ancienne très soutenue', 'an old idea does not lead the trend');
    const supported = await listIdeas(t.db, { sort: 'soutenues', page: 1 }, null);
    assert.equal(supported.ideas[0]!.title, 'Idée ancienne très soutenue');
    const recent = await listIdeas(t.db, { sort: 'recentes', page: 1 }, null);
    assert.equal(recent.ideas[0]!.title, 'Idée neuve sans soutien');
  });

  test('list: filters, accent-insensitive search, hidden and merged ideas, « commentées »', async () => {
    const { client, id: authorId } = await account('liste');
    const a = await insertIdea({ accountId: authorId, title: 'Un simulateur de rémunération', theme: 'choisir-un-metier' });
    const b = await insertIdea({ title: 'Alerte pour les offres en télétravail', theme: 'se-former' });
    const hidden = await insertIdea({ title: 'Idée masquée pour tous' });
    await t.db.updateTable('ideas').set({ visibility: 'masque' }).where('id', '=', hidden).execute();
    const merged = await insertIdea({ title: 'Idée doublon fusionnée' });
    await t.db.updateTable('ideas').set({ status: 'doublon', merged_into_id: a }).where('id', '=', merged).execute();
    await t.db.insertInto('idea_comments').values({ idea_id: b, body: 'Bonne idée' }).execute();

    const search = await client.get('/idees?q=REMUNERATION');
    assert.equal(search.statusCode, 200);
    assert.match(search.body, /Un simulateur de rémunération/);
    assert.doesNotMatch(search.body, /Alerte pour les offres/);
    const byTheme = await client.get('/idees?theme=choisir-un-metier');
    assert.match(byTheme.body, /Un simulateur de rémunération/);
    assert.doesNotMatch(byTheme.body, /Alerte pour les offres/);
    const all = await client.get('/idees');
    assert.doesNotMatch(all.body, /Idée masquée pour tous/);
    assert.doesNotMatch(all.body, /Idée doublon fusionnée/);
    assert.match(decode(all.body), /Proposée par Un participant/);
    const doublons = await client.get('/idees?statut=doublon');
    assert.match(doublons.body, /Idée doublon fusionnée/);
    assert.doesNotMatch(doublons.body, /Un simulateur de rémunération/);
    const commented = await listIdeas(t.db, { sort: 'commentees', page: 1 }, null);
    assert.equal(commented.ideas[0]!.id, b);
    assert.match(all.body, /aria-pressed="false"/);
    assert.equal((await client.get('/idees?tri=nimporte')).statusCode, 400);
    const visitor = await t.app.inject({ url: '/idees' });
    assert.match(visitor.body, /Se connecter pour soutenir/);
    const mergedPage = await t.app.inject({ url: `/idees/${merged}` });
    assert.equal(mergedPage.statusCode, 200);
    assert.match(decode(mergedPage.body), new RegExp(`Cette idée a été fusionnée avec <a href="/idees/${a}">`));
    assert.equal((await t.app.inject({ url: `/idees/${hidden}` })).statusCode, 404);
    assert.equal((await t.app.inject({ url: '/idees/inconnu' })).statusCode, 404);
    assert.equal((await client.post(`/idees/${merged}/soutien`, { action: 'soutenir' })).statusCode, 409);
    assert.equal((await client.post(`/idees/${hidden}/soutien`, { action: 'soutenir' })).statusCode, 404);
  });

  test('propose: validation keeps the input; similar ideas ask for confirmation (no JavaScript); the author follows', async () => {
    const { client, id } = await account('auteur');
    const bad = await client.post('/idees/proposer', { title: 'abc', description: 'trop court', theme: 'inconnu', audience: '' });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /Le formulaire contient 4 erreurs/);
    assert.match(bad.body, /value="abc"/);
    assert.match(bad.body, /trop court<\/textarea>/);
    const existing = await insertIdea({ title: 'Un annuaire des salons de recrutement' });
    const similarJson = await t.app.inject({ url: `/idees/similaires?titre=${encodeURIComponent('annuaire des salons de recrutement')}` });
    assert.deepEqual(similarJson.json().idees.map((idea: { id: number }) => idea.id), [existing]);
    const values = { title: 'Un annuaire des salons du recrutement', description: DESCRIPTION, theme: 'se-former', audience: 'candidats' };
    const first = await client.post('/idees/proposer', values);
    assert.equal(first.statusCode, 200);
    assert.match(decode(first.body), /Des idées proches existent déjà : soutenez-les plutôt/);
    assert.match(first.body, new RegExp(`href="/idees/${existing}"`));
    assert.match(first.body, /name="confirm" value="oui"/);
    assert.match(first.body, /Publier quand même/);
    assert.match(first.body, /src="\/static\/js\/similar-ideas.js"/);
    assert.match(first.body, /data-similar-ideas="\/idees\/similaires"/);
    assert.equal((await t.db.selectFrom('ideas').select('id').where('account_id', '=', id).execute()).length, 0);
    const confirmed = await client.post('/idees/proposer', { ...values, confirm: 'oui' });
    assert.equal(confirmed.statusCode, 303);
    const created = await t.db.selectFrom('ideas').selectAll().where('account_id', '=', id).executeTakeFirstOrThrow();
    assert.equal(confirmed.headers.location, `/idees/${created.id}?info=publiee`);
    assert.ok(await t.db.selectFrom('idea_followers').select('idea_id').where('idea_id', '=', created.id).where('account_id', '=', id).executeTakeFirst());
    assert.equal(created.supports_count, 0, 'the author does not support automatically');
    const page = await client.get(`/idees/${created.id}`);
    assert.match(page.body, /Ne plus suivre cette idée/);
    assert.match(page.body, /Modifier mon idée/);
  });

  test('propose: 5 ideas a day per account (429, input kept)', async () => {
    const { client, id } = await account('presse');
    for (let n = 0; n < 5; n++) await insertIdea({ accountId: id, title: `Idée numéro ${n} de la série zx${n}q` });
    const limited = await client.post('/idees/proposer', { title: 'Une sixième idée originale xyzw', description: DESCRIPTION, theme: 'se-former', audience: 'tous', confirm: 'oui' });
    assert.equal(limited.statusCode, 429);
    assert.ok(Number(limited.headers['retry-after']) > 0);
    assert.match(decode(limited.body), /Vous avez proposé 5 idées en moins de 24 heures/);
    assert.match(limited.body, /value="Une sixième idée originale xyzw"/);
  });

  test('edit: author only, locked after a support or a comment (409)', async () => {
    const { client, id } = await account('editeur');
    const other = await account('autre');
    const ideaId = await insertIdea({ accountId: id, title: 'Idée à modifier avant soutien' });
    assert.equal((await client.get(`/idees/${ideaId}/modifier`)).statusCode, 200);
    assert.equal((await other.client.post(`/idees/${ideaId}/modifier`, { title: 'Piratage du titre', description: DESCRIPTION, theme: 'se-former', audience: 'tous' })).statusCode, 403);
    const edited = await client.post(`/idees/${ideaId}/modifier`, { title: 'Idée modifiée avant soutien', description: DESCRIPTION, theme: 'se-former', audience: 'tous' });
    assert.equal(edited.statusCode, 303);
    assert.equal((await t.db.selectFrom('ideas').select('title').where('id', '=', ideaId).executeTakeFirstOrThrow()).title, 'Idée modifiée avant soutien');
    assert.equal((await other.client.post(`/idees/${ideaId}/soutien`, { action: 'soutenir', retour: '/idees' })).statusCode, 303);
    const locked = await client.post(`/idees/${ideaId}/modifier`, { title: 'Trop tard pour modifier', description: DESCRIPTION, theme: 'se-former', audience: 'tous' });
    assert.equal(locked.statusCode, 409);
    assert.equal((await client.get(`/idees/${ideaId}/modifier`)).statusCode, 409);
    const commented = await insertIdea({ accountId: id, title: 'Idée commentée puis verrouillée' });
    await t.db.insertInto('idea_comments').values({ idea_id: commented, body: 'Un commentaire' }).execute();
    assert.equal((await client.post(`/idees/${commented}/modifier`, { title: 'Trop tard encore', description: DESCRIPTION, theme: 'se-former', audience: 'tous' })).statusCode, 409);
  });

  test('edit and support racing: the edit never goes through after a committed support', async () => {
    const { client, id } = await account('course');
    const supporter = await account('coureur');
    const ideaId = await insertIdea({ accountId: id, title: 'Idée disputée par deux requêtes' });
    const [edit, support] = await Promise.all([
      client.post(`/idees/${ideaId}/modifier`, { title: 'Idée disputée et modifiée', description: DESCRIPTION, theme: 'se-former', audience: 'tous' }),
      supporter.client.post(`/idees/${ideaId}/soutien`, { action: 'soutenir' }),
    ]);
    assert.equal(support.statusCode, 303);
    const row = await t.db.selectFrom('ideas').select(['title', 'updated_at']).where('id', '=', ideaId).executeTakeFirstOrThrow();
    const supportedAt = (await t.db.selectFrom('idea_supports').select('created_at').where('idea_id', '=', ideaId).executeTakeFirstOrThrow()).created_at;
    if (edit.statusCode === 303) assert.ok(new Date(row.updated_at) <= new Date(supportedAt), 'the edit committed before the support');
    else assert.equal(edit.statusCode, 409);
  });

  test('supports: exact counts with 20 concurrent accounts, and one account toggling concurrently', async () => {
    const ideaId = await insertIdea({ title: 'Idée soutenue en masse simultanément' });
    const accounts = [];
    for (let n = 0; n < 20; n++) accounts.push(await account(`foule${n}`));
    const responses = await Promise.all(accounts.map(({ client }) => client.post(`/idees/${ideaId}/soutien`, { action: 'soutenir' })));
    assert.deepEqual(new Set(responses.map((r) => r.statusCode)), new Set([303]));
    assert.deepEqual(await countOf(ideaId), { counter: 20, rows: 20 });
    // Idempotent: supporting again changes nothing.
    await accounts[0]!.client.post(`/idees/${ideaId}/soutien`, { action: 'soutenir' });
    assert.deepEqual(await countOf(ideaId), { counter: 20, rows: 20 });
    const one = accounts[1]!.client;
    await Promise.all(Array.from({ length: 10 }, (_, n) => one.post(`/idees/${ideaId}/soutien`, n % 2 ? { action: 'soutenir' } : { action: 'retirer' })));
    await Promise.all(Array.from({ length: 6 }, () => one.post(`/idees/${ideaId}/soutien`, {})));
    const after = await countOf(ideaId);
    assert.equal(after.counter, after.rows);
    const page = await one.get(`/idees?tri=soutenues`);
    assert.match(page.body, /aria-pressed="(true|false)"/);
    const withdrawn = await accounts[2]!.client.post(`/idees/${ideaId}/soutien`, { action: 'retirer', retour: '//ailleurs.example' });
    assert.equal(withdrawn.headers.location, `/idees/${ideaId}`, 'no open redirect');
    assert.equal((await countOf(ideaId)).counter, after.counter - 1);
  });

  test('authorisation: visitors get 401 on posts and a login redirect on forms; unverified accounts 403', async () => {
    const ideaId = await insertIdea({ title: 'Idée pour les droits d’accès' });
    for (const path of [`/idees/${ideaId}/soutien`, `/idees/${ideaId}/suivre`, `/idees/${ideaId}/signaler`, '/idees/proposer']) {
      assert.equal((await t.app.inject({ method: 'POST', url: path, payload: {} })).statusCode, 401, path);
    }
    const form = await t.app.inject({ url: '/idees/proposer' });
    assert.equal(form.statusCode, 303);
    assert.match(String(form.headers.location), /^\/connexion\?retour=/);
    const { client } = await account('non-verifie', false);
    assert.equal((await client.post(`/idees/${ideaId}/soutien`, { action: 'soutenir' })).statusCode, 403);
    assert.equal((await client.get('/mon-espace/idees')).statusCode, 200);
  });

  test('three reports hide an idea; moderators still see it with a notice; « Mes idées » lists it', async () => {
    const author = await account('signale');
    const ideaId = await insertIdea({ accountId: author.id, title: 'Idée qui sera signalée trois fois' });
    assert.equal((await author.client.post(`/idees/${ideaId}/signaler`, { reason: 'spam' })).statusCode, 403, 'not one’s own idea');
    const reporters = [await account('r1'), await account('r2'), await account('r3')];
    assert.equal((await reporters[0]!.client.post(`/idees/${ideaId}/signaler`, { reason: 'spam' })).headers.location, `/idees/${ideaId}?info=signalee`);
    assert.equal((await reporters[0]!.client.post(`/idees/${ideaId}/signaler`, { reason: 'spam' })).headers.location, `/idees/${ideaId}?info=deja-signalee`);
    await reporters[1]!.client.post(`/idees/${ideaId}/signaler`, { reason: 'hors-sujet' });
    assert.equal((await t.app.inject({ url: `/idees/${ideaId}` })).statusCode, 200);
    assert.equal((await reporters[2]!.client.post(`/idees/${ideaId}/signaler`, { reason: 'propos-offensants' })).headers.location, '/idees?info=masquee');
    assert.equal((await t.app.inject({ url: `/idees/${ideaId}` })).statusCode, 404);
    await sql`UPDATE accounts SET roles = ARRAY['moderateur']::text[] WHERE id = ${reporters[0]!.id}`.execute(t.db);
    const moderator = await reporters[0]!.client.get(`/idees/${ideaId}`);
    assert.equal(moderator.statusCode, 200);
    assert.match(decode(moderator.body), /Cette idée est masquée à la suite de signalements/);
    const mine = await author.client.get('/mon-espace/idees');
    assert.match(mine.body, /Idée qui sera signalée trois fois/);
    const space = await author.client.get('/mon-espace');
    assert.match(space.body, /href="\/mon-espace\/idees"/);
    const exported = t.app.personalData.find((provider) => provider.name === 'idees')!;
    const data = (await exported.export(t.db, author.id)) as { idees: unknown[] };
    assert.equal(data.idees.length, 1);
  });
});
