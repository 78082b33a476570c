import { sql } from 'kysely';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { createService } from '../../../../test/factories.js';
import { aggregateServiceStatistics } from '../statistics/aggregate.job.js';

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36';

describe('catalogue pages', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp();
  });
  after(async () => t.close());

  const counters = async (slug: string) =>
    t.db
      .selectFrom('service_counters')
      .innerJoin('services', 'services.id', 'service_counters.service_id')
      .select(['views', 'link_outs'])
      .where('services.slug', '=', slug)
      .executeTakeFirstOrThrow();

  test('home: search box, the six themes with counts, featured and newest services', async () => {
    const response = await t.app.inject({ url: '/' });
    assert.equal(response.statusCode, 200);
    const html = response.body;
    assert.match(html, /<h1>Tous les services numériques pour l’emploi et la formation<\/h1>/);
    assert.match(html, /<form action="\/recherche" method="get" role="search"/);
    for (const slug of ['choisir-un-metier', 'se-former', 'preparer-sa-candidature', 'trouver-un-emploi', 'creer-son-entreprise', 'travailler-a-l-international']) {
      assert.match(html, new RegExp(`href="/thematiques/${slug}"`));
    }
    assert.match(html, /<h2 id="titre-a-la-une">À la une<\/h2>/);
    assert.match(html, /<h2 id="titre-nouveautes">Nouveautés<\/h2>/);
  });

  test('layout: skip links, header search, navigation, footer links, DSFR served locally', async () => {
    const html = (await t.app.inject({ url: '/accessibilite' })).body;
    assert.match(html, /class="fr-skiplinks"/);
    assert.match(html, /href="#contenu"/);
    assert.match(html, /<main role="main" id="contenu"/);
    assert.match(html, /<p class="fr-header__service-title">Emploi Store<\/p>/);
    assert.match(html, /href="\/accessibilite">Accessibilité : partiellement conforme/);
    assert.match(html, /href="\/mentions-legales">Mentions légales/);
    assert.doesNotMatch(html, /https?:\/\/(cdn|unpkg|jsdelivr)/);
    const css = await t.app.inject({ url: '/dsfr/dsfr.min.css' });
    assert.equal(css.statusCode, 200);
    assert.equal((await t.app.inject({ url: '/mentions-legales' })).statusCode, 200);
    assert.equal((await t.app.inject({ url: '/plan-du-site' })).statusCode, 200);
  });

  test('security headers: a strict CSP without inline scripts, and no cookie', async () => {
    const response = await t.app.inject({ url: '/services/reussir-l-entretien-d-embauche', headers: { 'user-agent': BROWSER } });
    const csp = String(response.headers['content-security-policy']);
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.equal(response.headers['x-content-type-options'], 'nosniff');
    assert.equal(response.headers['set-cookie'], undefined);
    const inlineScripts = [...response.body.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].map((match) => match[1]);
    for (const attributes of inlineScripts) assert.match(attributes ?? '', /type="application\/ld\+json"/);
  });

  test('service page: every field, the call to action, similar services and JSON-LD of its type', async () => {
    const response = await t.app.inject({ url: '/services/reussir-l-entretien-d-embauche', headers: { 'user-agent': BROWSER } });
    assert.equal(response.statusCode, 200);
    const html = response.body;
    assert.match(html, /<h1 class="fr-mb-1w">Réussir l&#39;entretien d&#39;embauche<\/h1>|<h1 class="fr-mb-1w">Réussir l'entretien d'embauche<\/h1>/);
    assert.match(html, /href="\/services\/reussir-l-entretien-d-embauche\/acceder"[^>]*>Accéder au service<\/a>/);
    for (const label of ['Proposé par', 'Thématiques', 'Public', 'Prix', 'Plateformes', 'Langues', 'Accessibilité', 'En ligne depuis le', 'Consultations']) {
      assert.match(html, new RegExp(`<dt class="fr-text--bold">${label}</dt>`), label);
    }
    assert.match(html, /<h2 id="titre-similaires">Services similaires<\/h2>/);
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!);
    assert.equal(jsonLd['@type'], 'Course');
    assert.equal(jsonLd.provider.name, 'Pôle emploi');
    assert.equal(jsonLd.isAccessibleForFree, true);
    const app = await t.db.selectFrom('services').select('slug').where('type', '=', 'application-mobile').where('status', '=', 'publie').executeTakeFirstOrThrow();
    const appHtml = (await t.app.inject({ url: `/services/${app.slug}` })).body;
    assert.equal(JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(appHtml)![1]!)['@type'], 'MobileApplication');
  });

  test('a tagged service shows the job sheets it concerns', async () => {
    const html = (await t.app.inject({ url: '/recherche?q=boulanger' })).body;
    const slug = /href="\/services\/([a-z0-9-]+)"/.exec(html.slice(html.indexOf('id="nombre-resultats"')))![1]!;
    const page = (await t.app.inject({ url: `/services/${slug}` })).body;
    assert.match(page, /<dt class="fr-text--bold">Métiers concernés<\/dt>/);
  });

  test('a description holding scripts, handlers and javascript: links renders inert', async () => {
    await createService(t.db, {
      slug: 'service-piege',
      description:
        '# Titre\n\n<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n[clic](javascript:alert(3)) [data](data:text/html,<script>alert(4)</script>) [ok](https://exemple.example/)\n\n<a href="JaVaScRiPt:alert(5)">x</a> <iframe src="https://evil.example"></iframe> <div style="background:url(javascript:alert(6))" onclick="alert(7)">d</div>',
    });
    const html = (await t.app.inject({ url: '/services/service-piege' })).body;
    const description = html.slice(html.indexOf('class="es-markdown"'), html.indexOf('</section>', html.indexOf('class="es-markdown"')));
    assert.doesNotMatch(description, /<script|onerror|onclick|javascript:|data:text|<iframe|style=/i);
    assert.match(description, /<a href="https:\/\/exemple.example\/" rel="noopener noreferrer nofollow">ok<\/a>/);
    assert.match(description, /<h3>Titre<\/h3>/);
  });

  test('views are counted for people, not for robots, with no cookie', async () => {
    const before = await counters('organiser-sa-recherche-d-emploi');
    await t.app.inject({ url: '/services/organiser-sa-recherche-d-emploi', headers: { 'user-agent': BROWSER } });
    await t.app.inject({ url: '/services/organiser-sa-recherche-d-emploi', headers: { 'user-agent': BROWSER } });
    await t.app.inject({ url: '/services/organiser-sa-recherche-d-emploi', headers: { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1)' } });
    await t.app.inject({ url: '/services/organiser-sa-recherche-d-emploi', headers: { 'user-agent': 'curl/8.5.0' } });
    await t.app.inject({ method: 'HEAD', url: '/services/organiser-sa-recherche-d-emploi', headers: { 'user-agent': BROWSER } });
    // A view costs one insert of an event; the statistics job folds events into the figures.
    await aggregateServiceStatistics(t.db);
    const after = await counters('organiser-sa-recherche-d-emploi');
    assert.equal(after.views, before.views + 2);
    const daily = await t.db
      .selectFrom('service_daily_stats')
      .innerJoin('services', 'services.id', 'service_daily_stats.service_id')
      .select(['views'])
      .where('services.slug', '=', 'organiser-sa-recherche-d-emploi')
      .where(sql<boolean>`day = (now() AT TIME ZONE 'Europe/Paris')::date`)
      .executeTakeFirstOrThrow();
    assert.equal(daily.views, 2, 'today’s figure (the demo data holds the sixty days before)');
  });

  test('"Accéder au service" counts the link-out and redirects only to the stored URL', async () => {
    const stored = await t.db.selectFrom('services').select('url').where('slug', '=', 'cap-sur-le-canada').executeTakeFirstOrThrow();
    const before = await counters('cap-sur-le-canada');
    for (const url of ['/services/cap-sur-le-canada/acceder', '/services/cap-sur-le-canada/acceder?url=https://evil.example/', '/services/cap-sur-le-canada/acceder?redirect=//evil.example']) {
      const response = await t.app.inject({ url, headers: { 'user-agent': BROWSER } });
      assert.equal(response.statusCode, 302);
      assert.equal(response.headers.location, stored.url);
    }
    await aggregateServiceStatistics(t.db);
    assert.equal((await counters('cap-sur-le-canada')).link_outs, before.link_outs + 3);
    const unknown = await t.app.inject({ url: '/services/inconnu/acceder' });
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.headers.location, undefined);
  });

  test('errors are French pages for people and never leak internals', async () => {
    const notFound = await t.app.inject({ url: '/cette-page-n-existe-pas' });
    assert.equal(notFound.statusCode, 404);
    assert.match(notFound.body, /<h1>Page introuvable<\/h1>/);
    const unknownService = await t.app.inject({ url: '/services/n-existe-pas' });
    assert.equal(unknownService.statusCode, 404);
    assert.match(unknownService.body, /Ce service n&#39;existe pas|Ce service n'existe pas/);
    const badPath = await t.app.inject({ url: '/services/%E0%A4%A' });
    assert.equal(badPath.statusCode, 400);
    const post = await t.app.inject({ method: 'POST', url: '/recherche', payload: { q: 'x' } });
    assert.equal(post.statusCode, 404);
  });
});
