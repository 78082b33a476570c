import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { signUp, type TestClient } from '../../../../test/helpers/client.js';
import { createOrganisation } from '../../../../test/factories.js';
import type { AppError } from '../../../platform/http/errors.js';
import { changeMemberRole, removeMember } from './members.service.js';

const decode = (html: string) => html.replace(/&#39;|&rsquo;/g, '’').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

interface Person {
  client: TestClient;
  id: number;
  email: string;
}

describe('organisation members and invitations', () => {
  let t: TestApp;
  let n = 0;
  before(async () => {
    t = await buildTestApp({ seed: false });
  });
  after(async () => t.close());

  async function account(options: { verified?: boolean; roles?: string[]; email?: string } = {}): Promise<Person> {
    const email = options.email ?? `membre${++n}@exemple.fr`;
    const client = await signUp(t.app, email);
    await sql`UPDATE accounts SET email_verified_at = ${options.verified === false ? null : sql`now()`}, roles = ${options.roles ?? ['candidat']}::text[],
      display_name = ${`Membre ${n}`} WHERE email_normalized = ${email}`.execute(t.db);
    const { id } = await t.db.selectFrom('accounts').select('id').where('email_normalized', '=', email).executeTakeFirstOrThrow();
    await client.get('/mon-espace');
    return { client, id, email };
  }
  async function organisation(members: [Person, 'proprietaire' | 'editeur'][]) {
    const org = await createOrganisation(t.db, { name: `Réseau ${++n}` });
    for (const [person, role] of members) await t.db.insertInto('organisation_members').values({ organisation_id: org.id, account_id: person.id, role }).execute();
    return { ...org, base: `/espace-partenaire/${org.slug}/membres` };
  }
  const roles = async (organisationId: number) =>
    Object.fromEntries(
      (await t.db.selectFrom('organisation_members').select(['account_id', 'role']).where('organisation_id', '=', organisationId).execute()).map((row) => [row.account_id, row.role]),
    );
  async function invite(owner: Person, base: string, email: string, role = 'editeur') {
    await owner.client.get(base);
    const response = await owner.client.post(`${base}/invitations`, { email, role });
    return response;
  }
  async function invitationLink(email: string, subjectCount?: number): Promise<string> {
    const mail = await t.smtp.waitFor(email, /Invitation à rejoindre/);
    if (subjectCount !== undefined) assert.equal(t.smtp.mails.filter((m) => m.to.includes(email) && /Invitation à rejoindre/.test(m.subject)).length, subjectCount);
    const link = /http:\/\/localhost:3000(\/invitations\/[A-Za-z0-9_-]{43})/.exec(mail.text)?.[1];
    assert.ok(link, mail.text);
    return link;
  }

  test('members see the list; only owners manage; the list shows name, e-mail, role and date', async () => {
    const owner = await account();
    const editor = await account();
    const org = await organisation([
      [owner, 'proprietaire'],
      [editor, 'editeur'],
    ]);
    const page = decode((await editor.client.get(org.base)).body);
    assert.match(page, new RegExp(`Membre \\d+[\\s\\S]*${editor.email}[\\s\\S]*Éditeur`));
    assert.match(page, new RegExp(owner.email));
    assert.doesNotMatch(page, /Inviter une personne|Retirer /);
    assert.match(page, /Quitter l’organisation/);
    assert.equal((await editor.client.post(`${org.base}/${owner.id}/role`, { role: 'editeur' })).statusCode, 403);
    assert.equal((await editor.client.post(`${org.base}/${owner.id}/retirer`)).statusCode, 403);
    assert.equal((await editor.client.post(`${org.base}/invitations`, { email: 'x@exemple.fr', role: 'editeur' })).statusCode, 403);
    const ownerPage = decode((await owner.client.get(org.base)).body);
    assert.match(ownerPage, /Inviter une personne/);
    assert.match(ownerPage, /Nommer Membre \d+ propriétaire/);
    // Owners promote and demote; unknown members are 404.
    assert.equal((await owner.client.post(`${org.base}/${editor.id}/role`, { role: 'proprietaire' })).statusCode, 303);
    assert.equal((await roles(org.id))[editor.id], 'proprietaire');
    assert.equal((await owner.client.post(`${org.base}/${editor.id}/role`, { role: 'chef' })).statusCode, 400);
    assert.equal((await owner.client.post(`${org.base}/999999/role`, { role: 'editeur' })).statusCode, 404);
    assert.equal((await owner.client.post(`${org.base}/abc/retirer`)).statusCode, 404);
    assert.equal((await owner.client.post(`${org.base}/${editor.id}/retirer`)).statusCode, 303);
    assert.deepEqual(await roles(org.id), { [owner.id]: 'proprietaire' });
  });

  test('the last owner can neither leave, be removed nor be demoted', async () => {
    const owner = await account();
    const editor = await account();
    const org = await organisation([
      [owner, 'proprietaire'],
      [editor, 'editeur'],
    ]);
    await owner.client.get(org.base);
    const demote = await owner.client.post(`${org.base}/${owner.id}/role`, { role: 'editeur' });
    assert.equal(demote.statusCode, 409);
    assert.match(decode(demote.body), /L’organisation doit garder au moins un propriétaire/);
    assert.equal((await owner.client.post(`${org.base}/${owner.id}/retirer`)).statusCode, 409);
    assert.equal((await owner.client.get(`${org.base}/quitter`)).statusCode, 200);
    assert.equal((await owner.client.post(`${org.base}/quitter`)).statusCode, 409);
    assert.deepEqual(await roles(org.id), { [owner.id]: 'proprietaire', [editor.id]: 'editeur' });
    // An editor leaves, after a confirmation page.
    const confirm = await editor.client.get(`${org.base}/quitter`);
    assert.match(decode(confirm.body), /Vous ne pourrez plus gérer les services/);
    const left = await editor.client.post(`${org.base}/quitter`);
    assert.equal(left.statusCode, 303);
    assert.equal(left.headers.location, '/espace-partenaire?info=quitte');
    assert.deepEqual(await roles(org.id), { [owner.id]: 'proprietaire' });
    assert.equal((await editor.client.get(org.base)).statusCode, 403);
  });

  test('two owners demoting or removing each other at once leave one owner', async () => {
    for (const action of ['role', 'retirer'] as const) {
      const a = await account();
      const b = await account();
      const org = await organisation([
        [a, 'proprietaire'],
        [b, 'proprietaire'],
      ]);
      await a.client.get(org.base);
      await b.client.get(org.base);
      const form: Record<string, string> = action === 'role' ? { role: 'editeur' } : {};
      const [first, second] = await Promise.all([a.client.post(`${org.base}/${b.id}/${action}`, form), b.client.post(`${org.base}/${a.id}/${action}`, form)]);
      // The second one is refused: as the last owner (409), or as no longer an owner when it came after (403).
      assert.equal([first.statusCode, second.statusCode].filter((status) => status === 303).length, 1, action);
      assert.ok([first.statusCode, second.statusCode].every((status) => [303, 403, 409].includes(status)), action);
      const owners = Object.values(await roles(org.id)).filter((role) => role === 'proprietaire');
      assert.equal(owners.length, 1, action);
    }
    // Both passed the owner check before either change: the domain's lock still keeps one owner.
    for (const action of ['role', 'retirer'] as const) {
      const a = await account();
      const b = await account();
      const org = await organisation([
        [a, 'proprietaire'],
        [b, 'proprietaire'],
      ]);
      const membershipOf = () => ({ organisation: { id: org.id, slug: org.slug, name: org.name, kind: 'partenaire-prive' }, role: 'proprietaire' as const, asStaff: false });
      const viewerOf = (person: Person) => ({ accountId: person.id, email: person.email, displayName: '', roles: [], emailVerified: true, sessionIdHash: '' });
      const run = (actor: Person, target: Person) =>
        action === 'role' ? changeMemberRole(t.db, viewerOf(actor), membershipOf(), target.id, 'editeur') : removeMember(t.db, viewerOf(actor), membershipOf(), target.id);
      const results = await Promise.allSettled([run(a, b), run(b, a)]);
      assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1, action);
      const refusal = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      assert.equal((refusal.reason as AppError).code, 'LAST_OWNER');
      assert.equal(Object.values(await roles(org.id)).filter((role) => role === 'proprietaire').length, 1, action);
    }
    // Many owners demoting themselves at once.
    const people = [await account(), await account(), await account()];
    const org = await organisation(people.map((p) => [p, 'proprietaire'] as [Person, 'proprietaire']));
    for (const p of people) await p.client.get(org.base);
    await Promise.all(people.map((p) => p.client.post(`${org.base}/${p.id}/role`, { role: 'editeur' })));
    assert.equal(Object.values(await roles(org.id)).filter((role) => role === 'proprietaire').length, 1);
  });

  test('an invitation is mailed, opened, accepted once, and makes the person a member', async () => {
    const owner = await account();
    const org = await organisation([[owner, 'proprietaire']]);
    const invitee = `invite${++n}@exemple.fr`;
    const sent = await invite(owner, org.base, `  ${invitee.toUpperCase()} `, 'editeur');
    assert.equal(sent.statusCode, 303);
    const link = await invitationLink(invitee);
    const mail = await t.smtp.waitFor(invitee);
    assert.match(mail.text, new RegExp(`Membre \\d+ vous invite à rejoindre l’organisation « ${org.name} »`));
    const token = link.split('/').at(-1)!;
    const stored = await t.db.selectFrom('organisation_invitations').selectAll().where('organisation_id', '=', org.id).executeTakeFirstOrThrow();
    assert.notEqual(stored.token_hash, token);
    assert.equal(stored.email, invitee);
    assert.ok(Math.abs(new Date(stored.expires_at).getTime() - Date.now() - 7 * 86_400_000) < 60_000);
    assert.match(decode((await owner.client.get(org.base)).body), new RegExp(`Annuler l’invitation de ${invitee}`));

    // A visitor sees the invitation and is asked to log in, then comes back here.
    const anonymous = await t.app.inject({ url: link });
    assert.equal(anonymous.statusCode, 200);
    assert.match(decode(anonymous.body), new RegExp(`Invitation à rejoindre « ${org.name} »[\\s\\S]*Éditeur`));
    assert.match(anonymous.body, new RegExp(`href="/connexion\\?retour=${encodeURIComponent(link)}"`));
    assert.equal(anonymous.headers['cache-control'], 'no-store');

    // Another account cannot use it.
    const stranger = await account();
    const mismatch = await stranger.client.get(link);
    assert.equal(mismatch.statusCode, 403);
    assert.match(decode(mismatch.body), /Cette invitation a été envoyée à une autre adresse e-mail/);
    assert.equal((await stranger.client.post(link)).statusCode, 403);

    // An unverified account with the right address is asked to confirm it first.
    const person = await account({ email: invitee, verified: false });
    assert.match(decode((await person.client.get(link)).body), /Confirmez d’abord votre adresse e-mail/);
    assert.equal((await person.client.post(link)).statusCode, 403);
    await sql`UPDATE accounts SET email_verified_at = now() WHERE id = ${person.id}`.execute(t.db);
    const open = await person.client.get(link);
    assert.match(decode(open.body), /Rejoindre l’organisation/);
    const joined = await person.client.post(link);
    assert.equal(joined.statusCode, 303);
    assert.equal(joined.headers.location, `/espace-partenaire/${org.slug}?info=rejoint`);
    assert.equal((await roles(org.id))[person.id], 'editeur');
    assert.match(decode((await person.client.get(joined.headers.location!)).body), /vous avez rejoint l’organisation/);
    // The owner is told.
    assert.match((await t.smtp.waitFor(owner.email, /a rejoint/)).text, new RegExp(org.name));
    // Posting again lands in the space again (idempotent); for anyone else the link is used up.
    assert.equal((await person.client.post(link)).statusCode, 303);
    assert.equal((await person.client.get(link)).statusCode, 303);
    assert.equal((await stranger.client.post(link)).statusCode, 410);
    assert.equal((await t.app.inject({ url: link })).statusCode, 410);
    assert.equal((await t.db.selectFrom('organisation_members').select('account_id').where('organisation_id', '=', org.id).execute()).length, 2);
    // Already a member: a new invitation is refused.
    const again = await invite(owner, org.base, invitee);
    assert.equal(again.statusCode, 409);
    assert.match(decode(again.body), /Cette personne est déjà membre de l’organisation/);
    assert.match(again.body, new RegExp(`value="${invitee}"`));
  });

  test('invalid, expired, replaced and cancelled invitations', async () => {
    const owner = await account();
    const org = await organisation([[owner, 'proprietaire']]);
    assert.equal((await t.app.inject({ url: '/invitations/inconnu' })).statusCode, 404);
    assert.match(decode((await t.app.inject({ url: '/invitations/inconnu' })).body), /Cette invitation n'existe pas/);
    const bad = await invite(owner, org.base, 'pas-une-adresse', 'chef');
    assert.equal(bad.statusCode, 400);
    assert.match(decode(bad.body), /Saisissez une adresse e-mail valide[\s\S]*Choisissez le rôle/);
    assert.match(bad.body, /value="pas-une-adresse"/);

    const invitee = `expire${++n}@exemple.fr`;
    const person = await account({ email: invitee });
    await invite(owner, org.base, invitee);
    const expired = await invitationLink(invitee);
    await sql`UPDATE organisation_invitations SET expires_at = now() - interval '1 minute' WHERE organisation_id = ${org.id}`.execute(t.db);
    assert.equal((await person.client.get(expired)).statusCode, 410);
    assert.equal((await person.client.post(expired)).statusCode, 410);
    assert.match(decode((await owner.client.get(org.base)).body), /Expirée/);

    // A new invitation replaces the pending one: the old link no longer works.
    await invite(owner, org.base, invitee, 'proprietaire');
    const fresh = await invitationLink(invitee, 2);
    assert.notEqual(fresh, expired);
    assert.equal((await t.db.selectFrom('organisation_invitations').select('id').where('organisation_id', '=', org.id).where('cancelled_at', 'is', null).execute()).length, 1);
    await invite(owner, org.base, invitee, 'proprietaire');
    const third = await invitationLink(invitee, 3);
    assert.equal((await person.client.get(fresh)).statusCode, 410);

    // Cancelled: the link is dead.
    const pending = await t.db.selectFrom('organisation_invitations').select('id').where('organisation_id', '=', org.id).where('cancelled_at', 'is', null).executeTakeFirstOrThrow();
    await owner.client.get(org.base);
    assert.equal((await owner.client.post(`${org.base}/invitations/${pending.id}/annuler`)).statusCode, 303);
    assert.equal((await owner.client.post(`${org.base}/invitations/${pending.id}/annuler`)).statusCode, 404);
    assert.equal((await person.client.get(third)).statusCode, 410);
    assert.equal((await person.client.post(third)).statusCode, 410);
    assert.equal((await roles(org.id))[person.id], undefined);
  });

  test('invitations are limited to 20 an hour per organisation', async () => {
    const owner = await account();
    const org = await organisation([[owner, 'proprietaire']]);
    for (let i = 1; i <= 20; i++) assert.equal((await invite(owner, org.base, `limite${n}-${i}@exemple.fr`)).statusCode, 303);
    const refused = await invite(owner, org.base, `limite${n}-21@exemple.fr`);
    assert.equal(refused.statusCode, 429);
    assert.match(decode(refused.body), /L’organisation a envoyé 20 invitations en moins d’une heure/);
  });

  test('a member of one organisation can read and change nothing of another', async () => {
    const ownerA = await account();
    const ownerB = await account();
    const editorB = await account();
    const orgA = await organisation([[ownerA, 'proprietaire']]);
    const orgB = await organisation([
      [ownerB, 'proprietaire'],
      [editorB, 'editeur'],
    ]);
    await invite(ownerB, orgB.base, `pour-b${n}@exemple.fr`);
    const invitationB = await t.db.selectFrom('organisation_invitations').select('id').where('organisation_id', '=', orgB.id).executeTakeFirstOrThrow();
    const b = `/espace-partenaire/${orgB.slug}`;
    await ownerA.client.get(orgA.base);
    const gets = [b, `${b}/profil`, `${b}/membres`, `${b}/membres/quitter`];
    for (const url of gets) assert.equal((await ownerA.client.get(url)).statusCode, 403, url);
    const posts: [string, Record<string, string>][] = [
      [`${b}/profil`, { name: 'Pris', kind: 'partenaire-prive', siret: '', website: '', description: '' }],
      [`${b}/membres/invitations`, { email: 'intrus@exemple.fr', role: 'proprietaire' }],
      [`${b}/membres/invitations/${invitationB.id}/annuler`, {}],
      [`${b}/membres/${editorB.id}/role`, { role: 'proprietaire' }],
      [`${b}/membres/${editorB.id}/retirer`, {}],
      [`${b}/membres/${ownerB.id}/retirer`, {}],
      [`${b}/membres/quitter`, {}],
    ];
    for (const [url, form] of posts) assert.equal((await ownerA.client.post(url, form)).statusCode, 403, url);
    // Through its own organisation's URLs, B's invitation and members are not found.
    assert.equal((await ownerA.client.post(`${orgA.base}/invitations/${invitationB.id}/annuler`)).statusCode, 404);
    assert.equal((await ownerA.client.post(`${orgA.base}/${editorB.id}/role`, { role: 'proprietaire' })).statusCode, 404);
    assert.equal((await ownerA.client.post(`${orgA.base}/${editorB.id}/retirer`)).statusCode, 404);
    assert.deepEqual(await roles(orgB.id), { [ownerB.id]: 'proprietaire', [editorB.id]: 'editeur' });
    assert.equal((await t.db.selectFrom('organisation_invitations').select('cancelled_at').where('id', '=', invitationB.id).executeTakeFirstOrThrow()).cancelled_at, null);
    assert.equal((await t.db.selectFrom('organisation_invitations').select('id').where('organisation_id', '=', orgB.id).execute()).length, 1);
    assert.notEqual((await t.db.selectFrom('organisations').select('name').where('id', '=', orgB.id).executeTakeFirstOrThrow()).name, 'Pris');
    // Unknown organisations are 404 for everyone.
    for (const url of ['/espace-partenaire/inconnue', '/espace-partenaire/inconnue/membres']) assert.equal((await ownerA.client.get(url)).statusCode, 404, url);
  });

  test('memberships and invitations are in the personal data export', async () => {
    const owner = await account();
    const org = await organisation([[owner, 'proprietaire']]);
    await invite(owner, org.base, `export${n}@exemple.fr`);
    await owner.client.get('/mon-espace/mes-donnees');
    const response = await owner.client.get('/mon-espace/mes-donnees.json');
    const data = JSON.parse(response.body) as { organisations: { adhesions: { organisation: string; role: string }[]; invitations: { adresseInvitee: string; sens: string }[] } };
    assert.deepEqual(
      data.organisations.adhesions.map((m) => [m.organisation, m.role]),
      [[org.name, 'proprietaire']],
    );
    assert.equal(data.organisations.invitations[0]?.adresseInvitee, `export${n}@exemple.fr`);
    assert.equal(data.organisations.invitations[0]?.sens, 'envoyee');
  });
});
