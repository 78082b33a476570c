import { AxeBuilder } from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { describeViolations, useE2E, WCAG_TAGS } from './helpers.js';

interface PageCase {
  name: string;
  path: string;
  status: number;
  /** Text the page must show, to be sure the case tests what it claims to. */
  shows?: (string | RegExp)[];
}

const PAGES: PageCase[] = [
  { name: 'home', path: '/', status: 200, shows: ['Trouver un service selon votre besoin', 'À la une'] },
  { name: 'search with filters', path: '/recherche?q=emploi&type=mooc&prix=gratuit', status: 200, shows: ['Filtres actifs', /\d+ services? trouvés?/] },
  { name: 'search with no results and a suggestion', path: '/recherche?q=boulangre', status: 200, shows: ['Aucun service trouvé', /Vouliez-vous dire « .+ » \?/] },
  { name: 'theme page', path: '/thematiques/se-former', status: 200, shows: ['Filtrer les résultats', /\d+ services? trouvés?/] },
  { name: 'service page', path: '/services/reussir-l-entretien-d-embauche', status: 200, shows: ['Accéder au service', 'Services similaires'] },
  { name: 'not found page', path: '/page-qui-n-existe-pas', status: 404, shows: ['Page introuvable'] },
  { name: 'organisations', path: '/organisations', status: 200, shows: ['Pôle emploi'] },
  { name: 'organisation page', path: '/organisations/pole-emploi', status: 200, shows: ['Opérateur'] },
  { name: 'MOOC list', path: '/moocs', status: 200, shows: [/Réussir l.entretien d.embauche/] },
  { name: 'MOOC page', path: '/moocs/reussir-l-entretien-d-embauche', status: 200, shows: ['Objectifs', /inscrits?/] },
  { name: 'certificate verification form', path: '/certificats/verifier', status: 200, shows: ['Numéro du certificat'] },
  { name: 'certificate not found', path: '/certificats/verifier/ES-2026-AAAA-AAAA-AAAA-AAAA', status: 404, shows: ['Aucun certificat ne correspond'] },
  { name: 'accessibility statement', path: '/accessibilite', status: 200 },
  { name: 'legal notice', path: '/mentions-legales', status: 200 },
  { name: 'site map', path: '/plan-du-site', status: 200 },
  { name: 'job offers search', path: '/offres?motsCles=boulanger&lieu=Lyon', status: 200, shows: [/offres? trouvées?|Aucune offre trouvée/] },
  { name: 'interview simulator', path: '/simulateur', status: 200, shows: ['Quel métier visez-vous ?', 'Entretien téléphonique'] },
  { name: 'serious games', path: '/jeux-serieux', status: 200, shows: ['Jeux sérieux'] },
  { name: 'developer portal', path: '/developpeurs', status: 200, shows: ['Catalogue des services Emploi Store'] },
  { name: 'developer APIs', path: '/developpeurs/api', status: 200, shows: ['ROME'] },
  { name: 'developer API page', path: '/developpeurs/api/catalogue-des-services', status: 200, shows: ['api_cataloguedesservicesemploistorev1', 'curl'] },
  { name: 'developer API page (restricted)', path: '/developpeurs/api/moocs', status: 200, shows: ['api_moocsv1'] },
  { name: 'API usage statistics', path: '/developpeurs/statistiques', status: 200, shows: ['Catalogue des services Emploi Store'] },
];

describe('accessibility (axe, WCAG 2.1 A and AA) in Chromium', () => {
  const e2e = useE2E();

  for (const pageCase of PAGES) {
    test(`${pageCase.name} (${pageCase.path}) has no axe violation, no console error and one h1`, async () => {
      const { context, page, errors } = await e2e.newPage();
      try {
        const response = await page.goto(pageCase.path, { waitUntil: 'load' });
        assert.equal(response?.status(), pageCase.status, `HTTP status of ${pageCase.path}`);
        // Let the DSFR and app scripts start (they are modules, run after parsing).
        await page.waitForFunction(() => document.readyState === 'complete');
        await page.waitForLoadState('networkidle');
        const text = await page.locator('main').innerText();
        for (const expected of pageCase.shows ?? []) {
          if (typeof expected === 'string') assert.ok(text.includes(expected), `${pageCase.path} should show "${expected}"`);
          else assert.match(text, expected, `${pageCase.path} should show ${expected}`);
        }

        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        const violations = results.violations;
        assert.equal(violations.length, 0, `axe found ${violations.length} violation(s) on ${pageCase.path}:\n${describeViolations(violations)}`);

        const h1Count = await page.locator('h1').count();
        assert.equal(h1Count, 1, `${pageCase.path} should have exactly one h1, found ${h1Count}`);

        // A 404 page makes the browser log "Failed to load resource: 404" for the document itself.
        const unexpected = errors.filter((error) => !(pageCase.status === 404 && /Failed to load resource.*404/.test(error) && error.includes(pageCase.path)));
        assert.deepEqual(unexpected, [], `console errors on ${pageCase.path}:\n${unexpected.join('\n')}`);
      } finally {
        await context.close();
      }
    });
  }
});
