import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { signUp, type TestClient } from '../../../../test/helpers/client.js';
import type { Role, Viewer } from '../../../platform/http/access.plugin.js';
import { CommentsSection, loadComments } from './index.js';

const decode = (html: string) => html.replace(/&#39;|&rsquo;/g, '’').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

describe('comments on ideas', () => {
  let t: TestApp;
  let n = 0;
  before(async () => {
    t = await buildTestApp({ seed: false });
  });
  after(async () => t.close());

  interface Person {
    client: TestClient;
    id: number;
    viewer: Viewer;
  }
  async function account(roles: Role[] = ['candidat'], displayName = '', verified = true): Promise<Person> {
    const email = `idee-commentaire${++n}@exemple.fr`;
    const client = await signUp(t.app, email);
    await sql`UPDATE accounts SET email_verified_at = ${verified ? sql`now()` : null}, roles = ${roles}::text[], display_name = ${displayName} WHERE email_normalized = ${email}`.execute(t.db);
    const { id } = await t.db.selectFrom('accounts').select('id').where('email_normalized', '=', email).executeTakeFirstOrThrow();
    await client.get('/mon-espace');
    return { client, id, viewer: { accountId: id, email, displayName, roles, emailVerified: verified, sessionIdHash: '' } };
  }
  async function idea(authorId: number, title = `Une idée numéro ${n}`): Promise<number> {
    const row = await t.db
      .insertInto('ideas')
      .values({ account_id: authorId, title, description: 'Une description assez longue pour passer.', theme: 'emploi', audience: 'tous' })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }
  const comments = (ideaId: number) => t.db.selectFrom('idea_comments').selectAll().where('idea_id', '=', ideaId).orderBy('id').execute();
  const comment = (id: number) => t.db.selectFrom('idea_comments').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  async function section(ideaId: number, viewer: Viewer | null): Promise<string> {
    const data = await loadComments(t.db, ideaId, viewer);
    return decode(renderToString(h(CommentsSection, { data, csrfToken: 'jeton', ideaId, logInHref: `/connexion?retour=/idees/${ideaId}` })));
  }
  async function commentOn(ideaId: number, who: Person, body: string, parent?: number): Promise<number> {
    const response = await who.client.post(`/idees/${ideaId}/commentaires`, parent ? { body, parent: String(parent) } : { body });
    assert.equal(response.statusCode, 303, response.body.slice(0, 300));
    const match = new RegExp(`^/idees/${ideaId}#commentaire-(\\d+)$`).exec(String(response.headers.location));
    assert.ok(match, String(response.headers.location));
    return Number(match[1]);
  }

  test('a comment and a reply are listed oldest first, replies under their comment', async () => {
    const author = await account(['candidat'], 'Alice');
    const ideaId = await idea(author.id);
    const bob = await account(['candidat'], 'Bob');
    const anonymous = await account();
    const first = await commentOn(ideaId, bob, 'Très bonne idée !\nJe soutiens.');
    const second = await commentOn(ideaId, anonymous, 'Deuxième commentaire');
    const reply = await commentOn(ideaId, author, 'Merci Bob', first);
    assert.equal((await comment(reply)).parent_id, first);
    assert.equal((await t.db.selectFrom('ideas').select('comments_count').where('id', '=', ideaId).executeTakeFirstOrThrow()).comments_count, 3);

    const data = await loadComments(t.db, ideaId, null);
    assert.deepEqual(data.comments.map((c) => c.id), [first, second]);
    assert.deepEqual(data.comments[0]!.replies.map((c) => c.id), [reply]);
    assert.equal(data.comments[1]!.authorName, 'Un participant');
    assert.equal(data.canComment, false);

    const publicHtml = await section(ideaId, null);
    assert.match(publicHtml, new RegExp(`id="commentaire-${first}"`));
    assert.match(publicHtml, /Très bonne idée !<br\/>Je soutiens\./);
    assert.match(publicHtml, /Connectez-vous/);
    assert.doesNotMatch(publicHtml, /Répondre|Signaler ce commentaire|name="body"/);
    const bobHtml = await section(ideaId, bob.viewer);
    assert.match(bobHtml, new RegExp(`name="parent" value="${first}"`));
    assert.doesNotMatch(bobHtml, new RegExp(`name="parent" value="${reply}"`), 'no reply form under a reply');
    assert.match(bobHtml, new RegExp(`/idees/${ideaId}/commentaires/${second}/signaler`));
    assert.doesNotMatch(bobHtml, new RegExp(`/idees/${ideaId}/commentaires/${first}/signaler`), 'one does not report one’s own comment');
    const unverified = await account(['candidat'], '', false);
    assert.match(await section(ideaId, unverified.viewer), /Confirmez votre adresse e-mail pour commenter/);
  });

  test('a reply to a reply is attached to the top-level comment; a parent elsewhere is refused', async () => {
    const author = await account();
    const ideaId = await idea(author.id);
    const other = await idea(author.id);
    const top = await commentOn(ideaId, author, 'Premier');
    const reply = await commentOn(ideaId, author, 'Réponse', top);
    const nested = await commentOn(ideaId, author, 'Réponse à la réponse', reply);
    assert.equal((await comment(nested)).parent_id, top);
    const elsewhere = await author.client.post(`/idees/${other}/commentaires`, { body: 'Texte gardé', parent: String(top) });
    assert.equal(elsewhere.statusCode, 400);
    assert.match(decode(elsewhere.body), /Le commentaire auquel vous répondez n’existe pas sous cette idée/);
    assert.match(elsewhere.body, /Texte gardé<\/textarea>/);
    for (const parent of ['abc', '999999', '-1']) assert.equal((await author.client.post(`/idees/${ideaId}/commentaires`, { body: 'x', parent })).statusCode, 400, parent);
    assert.equal((await comments(other)).length, 0);
  });

  test('empty and too long comments are refused with the text kept', async () => {
    const author = await account();
    const ideaId = await idea(author.id);
    const empty = await author.client.post(`/idees/${ideaId}/commentaires`, { body: '  \r\n ' });
    assert.equal(empty.statusCode, 400);
    const emptyHtml = decode(empty.body);
    assert.match(emptyHtml, /<h1>Votre commentaire<\/h1>/);
    assert.match(emptyHtml, /Écrivez votre commentaire/);
    assert.match(emptyHtml, /href="#champ-commentaire"/);
    assert.match(emptyHtml, new RegExp(`href="/idees/${ideaId}#commentaires"`));
    const long = 'é'.repeat(5001);
    const tooLong = await author.client.post(`/idees/${ideaId}/commentaires`, { body: long });
    assert.equal(tooLong.statusCode, 400);
    assert.match(decode(tooLong.body), /5\u202f001 caractères|5 001 caractères/);
    assert.ok(tooLong.body.includes(`${long}</textarea>`), 'the text is kept');
    assert.equal((await comments(ideaId)).length, 0);
    const exactly = await author.client.post(`/idees/${ideaId}/commentaires`, { body: 'é'.repeat(5000) });
    assert.equal(exactly.statusCode, 303);
    const expired = await author.client.post(`/idees/${ideaId}/commentaires`, { _csrf: '', body: 'Gardé malgré tout' });
    assert.equal(expired.statusCode, 403);
    assert.match(expired.body, /Gardé malgré tout<\/textarea>/);
  });

  test('posting is rate limited per account, the text kept', async () => {
    const author = await account();
    const ideaId = await idea(author.id);
    for (let i = 0; i < 10; i++) await commentOn(ideaId, author, `Commentaire ${i}`);
    const limited = await author.client.post(`/idees/${ideaId}/commentaires`, { body: 'Le onzième' });
    assert.equal(limited.statusCode, 429);
    assert.ok(Number(limited.headers['retry-after']) > 0);
    assert.match(decode(limited.body), /Vous avez publié 10 commentaires en moins de 10 minutes/);
    assert.match(limited.body, /Le onzième<\/textarea>/);
    assert.equal((await comments(ideaId)).length, 10);
    await commentOn(ideaId, await account(), 'Un autre compte peut encore commenter');
  });

  test('hidden or merged ideas take no comments; unknown ideas are 404', async () => {
    const author = await account();
    const hidden = await idea(author.id);
    await t.db.updateTable('ideas').set({ visibility: 'masque' }).where('id', '=', hidden).execute();
    assert.equal((await author.client.post(`/idees/${hidden}/commentaires`, { body: 'Non' })).statusCode, 404);
    const target = await idea(author.id);
    const merged = await idea(author.id);
    await t.db.updateTable('ideas').set({ status: 'doublon', merged_into_id: target }).where('id', '=', merged).execute();
    const refused = await author.client.post(`/idees/${merged}/commentaires`, { body: 'Non' });
    assert.equal(refused.statusCode, 409);
    assert.match(decode(refused.body), /fusionnée/);
    assert.match(await section(merged, author.viewer), /fusionnée/);
    for (const url of ['/idees/inconnu/commentaires', '/idees/999999/commentaires', '/idees/inconnu/commentaires/1/signaler', `/idees/${target}/commentaires/inconnu/signaler`]) {
      assert.equal((await author.client.post(url, { body: 'x', reason: 'spam' })).statusCode, 404, url);
    }
    assert.equal((await comments(hidden)).length + (await comments(merged)).length, 0);
  });

  test('visitors get 401, unverified accounts 403', async () => {
    const author = await account();
    const ideaId = await idea(author.id);
    const top = await commentOn(ideaId, author, 'Premier');
    const visitor = await t.app.inject({ method: 'POST', url: `/idees/${ideaId}/commentaires`, payload: { body: 'Bonjour' } });
    assert.equal(visitor.statusCode, 401);
    assert.equal((await t.app.inject({ method: 'POST', url: `/idees/${ideaId}/commentaires/${top}/signaler`, payload: { reason: 'spam' } })).statusCode, 401);
    const unverified = await account(['candidat'], '', false);
    await unverified.client.get('/mon-espace');
    assert.equal((await unverified.client.post(`/idees/${ideaId}/commentaires`, { body: 'Bonjour' })).statusCode, 403);
    assert.equal((await unverified.client.post(`/idees/${ideaId}/commentaires/${top}/signaler`, { reason: 'spam' })).statusCode, 403);
    assert.equal((await comments(ideaId)).length, 1);
    assert.equal((await t.db.selectFrom('idea_reports').selectAll().where('subject_id', '=', top).execute()).length, 0);
  });

  test('three reports hide a comment (placeholder for the public, text for moderators); a moderator restores it', async () => {
    const author = await account(['candidat'], 'Auteur');
    const ideaId = await idea(author.id, 'Un simulateur de trajets domicile-travail');
    const top = await commentOn(ideaId, author, 'Achetez mes pilules miracles');
    const own = await author.client.post(`/idees/${ideaId}/commentaires/${top}/signaler`, { reason: 'spam' });
    assert.equal(own.statusCode, 403);
    const badReason = await (await account()).client.post(`/idees/${ideaId}/commentaires/${top}/signaler`, { reason: 'autre' });
    assert.equal(badReason.statusCode, 400);
    const first = await account();
    for (let i = 0; i < 2; i++) {
      const response = await first.client.post(`/idees/${ideaId}/commentaires/${top}/signaler`, { reason: 'spam' });
      assert.equal(response.statusCode, 303);
      assert.equal(response.headers.location, `/idees/${ideaId}#commentaire-${top}`);
    }
    assert.equal((await t.db.selectFrom('idea_reports').selectAll().where('subject_kind', '=', 'commentaire').where('subject_id', '=', top).execute()).length, 1, 'one report per account');
    assert.match(await section(ideaId, first.viewer), /Vous avez signalé ce commentaire/);
    await (await account()).client.post(`/idees/${ideaId}/commentaires/${top}/signaler`, { reason: 'hors-sujet' });
    assert.equal((await comment(top)).visibility, 'publie');
    await (await account()).client.post(`/idees/${ideaId}/commentaires/${top}/signaler`, { reason: 'spam' });
    assert.equal((await comment(top)).visibility, 'masque');

    const publicHtml = await section(ideaId, null);
    assert.match(publicHtml, /Commentaire masqué par la modération/);
    assert.doesNotMatch(publicHtml, /pilules/);
    const moderator = await account(['moderateur'], 'Modératrice Alice');
    const moderatorHtml = await section(ideaId, moderator.viewer);
    assert.match(moderatorHtml, /pilules miracles/);
    assert.match(moderatorHtml, /Masqué par la modération : visible des seuls modérateurs/);
    const replyToHidden = await author.client.post(`/idees/${ideaId}/commentaires`, { body: 'Réponse', parent: String(top) });
    assert.equal(replyToHidden.statusCode, 400);

    const queue = decode((await moderator.client.get('/moderation?type=commentaire-idee')).body);
    assert.match(queue, new RegExp(`Commentaire n° ${top} sur l’idée « Un simulateur de trajets domicile-travail »`));
    assert.match(queue, /Spam : 2/);
    assert.match(queue, /Masqué automatiquement \(signalements\)/);
    await moderator.client.get(`/moderation/commentaire-idee/${top}`);
    const decided = await moderator.client.post(`/moderation/commentaire-idee/${top}`, { decision: 'retablir', reason: 'Publicité, mais déjà traitée.' });
    assert.equal(decided.statusCode, 303);
    assert.equal((await comment(top)).visibility, 'publie');
    const reports = await t.db.selectFrom('idea_reports').select('settled_at').where('subject_kind', '=', 'commentaire').where('subject_id', '=', top).execute();
    assert.ok(reports.length === 3 && reports.every((report) => report.settled_at !== null), 'the reports are settled');
    assert.doesNotMatch((await moderator.client.get('/moderation?type=commentaire-idee')).body, new RegExp(`/moderation/commentaire-idee/${top}"`));
    assert.match(await section(ideaId, null), /pilules miracles/);
    const history = decode((await moderator.client.get('/moderation/decisions?q=pilules')).body);
    assert.match(history, new RegExp(`href="/moderation/commentaire-idee/${top}">Commentaire n° ${top} sur l’idée « Un simulateur`));
  });

  test('the queue lists reported ideas; a moderator hides one and it leaves the queue', async () => {
    const author = await account(['candidat'], 'Claire');
    const ideaId = await idea(author.id, 'Idée signalée pour la file');
    const reporter = await account();
    await t.db.insertInto('idea_reports').values({ subject_kind: 'idee', subject_id: ideaId, account_id: reporter.id, reason: 'propos-offensants' }).execute();
    const moderator = await account(['moderateur']);
    const queue = decode((await moderator.client.get('/moderation?type=idee')).body);
    assert.match(queue, new RegExp(`Idée n° ${ideaId} « Idée signalée pour la file »`));
    assert.match(queue, /Propos offensants : 1/);
    assert.match(queue, /Publié, signalé/);
    const all = decode((await moderator.client.get('/moderation')).body);
    assert.match(all, /Commentaires d’idées/);
    assert.match(all, new RegExp(`/moderation/idee/${ideaId}"`));
    await moderator.client.get(`/moderation/idee/${ideaId}`);
    const decided = await moderator.client.post(`/moderation/idee/${ideaId}`, { decision: 'masquer', reason: 'Propos blessants.' });
    assert.equal(decided.statusCode, 303);
    const row = await t.db.selectFrom('ideas').select('visibility').where('id', '=', ideaId).executeTakeFirstOrThrow();
    assert.equal(row.visibility, 'masque');
    assert.doesNotMatch((await moderator.client.get('/moderation?type=idee')).body, new RegExp(`/moderation/idee/${ideaId}"`), 'hidden by a moderator: no longer pending');
    assert.equal((await moderator.client.get('/moderation/idee/999999')).statusCode, 404);
  });

  test('the idea page shows the section: forms for verified accounts, the reply form works without JavaScript', async () => {
    const author = await account(['candidat'], 'Dora');
    const ideaId = await idea(author.id);
    const top = await commentOn(ideaId, author, 'Visible sur la page');
    const page = await author.client.get(`/idees/${ideaId}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, new RegExp(`id="commentaire-${top}"`));
    assert.match(page.body, /<summary[^>]*>Répondre<\/summary>/);
    const reply = await commentOn(ideaId, await account(), 'Réponse depuis la page', top);
    assert.match((await t.app.inject({ url: `/idees/${ideaId}` })).body, new RegExp(`id="commentaire-${reply}"`));
  });

  test('comments and reports are in the personal data export', async () => {
    const author = await account();
    const ideaId = await idea(author.id);
    await commentOn(ideaId, author, 'Mon commentaire personnel');
    const provider = t.app.personalData.find((p) => p.name === 'commentairesIdees');
    assert.ok(provider);
    const exported = (await provider.export(t.db, author.id)) as { commentaires: { texte: string }[] };
    assert.deepEqual(exported.commentaires.map((c) => c.texte), ['Mon commentaire personnel']);
  });
});
