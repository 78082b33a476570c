import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { buildTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { seedDemo } from '../../../setup.js';
import { SERVICE_TYPES, THEME_SLUGS } from '../catalogue.vocabulary.js';
import { demoOrganisations } from './organisations.data.js';
import { demoServices } from './services.data.js';

const PUBLIC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../public');

describe('demo data', () => {
  test('at least 60 services across every theme and type, from at least 15 providers', () => {
    assert.ok(demoServices.length >= 60);
    for (const theme of THEME_SLUGS) assert.ok(demoServices.filter((service) => service.themes.includes(theme)).length >= 3, theme);
    for (const type of SERVICE_TYPES) assert.ok(demoServices.some((service) => service.type === type), type);
    assert.ok(new Set(demoServices.map((service) => service.providerSlug)).size >= 15);
    assert.ok(demoServices.some((service) => service.priceModel !== 'gratuit'));
    assert.equal(new Set(demoServices.map((service) => service.slug)).size, demoServices.length);
  });

  test('the four launch MOOCs, an interview simulator and serious games are there', () => {
    for (const name of ['Construire son projet professionnel', "Organiser sa recherche d'emploi", 'Réussir son CV et sa lettre de candidature', "Réussir l'entretien d'embauche"]) {
      const mooc = demoServices.find((service) => service.name === name);
      assert.ok(mooc, name);
      assert.equal(mooc.type, 'mooc');
      assert.equal(mooc.providerSlug, 'pole-emploi');
    }
    assert.ok(demoServices.some((service) => service.type === 'simulateur' && /entretien/i.test(service.name)));
    assert.ok(demoServices.filter((service) => service.type === 'serious-game').length >= 2);
  });

  test("the operator's services are free; paid ones say their price", () => {
    const operator = demoOrganisations.find((org) => org.kind === 'operateur')!;
    for (const service of demoServices.filter((item) => item.providerSlug === operator.slug)) assert.equal(service.priceModel, 'gratuit', service.slug);
    for (const service of demoServices.filter((item) => item.priceModel !== 'gratuit')) assert.ok(service.priceText, service.slug);
  });

  test('every logo file exists and no URL points to a real site', () => {
    for (const service of demoServices) {
      assert.ok(existsSync(path.join(PUBLIC, 'logos', service.logo)), service.logo);
      assert.match(new URL(service.url).hostname, /\.example$/, service.url);
    }
  });

  describe('loading', () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp();
    });
    after(async () => t.close());

    const snapshot = async () =>
      (
        await sql<{ digest: string }>`SELECT md5(string_agg(s::text, '|' ORDER BY s.slug)) AS digest FROM (
          SELECT slug, name, pitch, description, provider_id, type, themes, audience, price_model, price_text, platforms, url, rome_codes, status, published_at, c.views, c.link_outs
          FROM services LEFT JOIN service_counters c ON c.service_id = services.id) s`.execute(t.db)
      ).rows[0]!.digest;

    test('is idempotent: loading twice changes nothing', async () => {
      const first = await snapshot();
      const count = await t.db.selectFrom('services').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      await seedDemo(t.db);
      assert.equal(await snapshot(), first);
      const again = await t.db.selectFrom('services').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      assert.equal(Number(again.n), Number(count.n));
      assert.equal(Number(count.n), demoServices.length);
    });

    test('every demo ROME code exists in the demo referential', async () => {
      const codes = [...new Set(demoServices.flatMap((service) => service.romeCodes))];
      const known = await t.db.selectFrom('rome_sheets').select('code').where('code', 'in', codes).execute();
      assert.equal(known.length, codes.length);
    });
  });
});
