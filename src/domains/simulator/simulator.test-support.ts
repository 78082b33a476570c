import assert from 'node:assert/strict';
import { inflateSync } from 'node:zlib';
import { sql } from 'kysely';
import type { TestApp } from '../../../test/helpers/app.js';
import { signUp, type TestClient } from '../../../test/helpers/client.js';
import { createOrganisation } from '../../../test/factories.js';
import type { ScenarioDocument } from './engine/scenario.types.js';
import type { ScenarioKind } from './simulator.table.js';
import { insertScenario, insertVersion, lockScenario, publishVersion } from './storage/scenarios.repository.js';

let n = 0;

/** Stores a document as a published scenario (version 1), as the operator's unless an organisation is given. */
export async function publishScenario(t: TestApp, document: ScenarioDocument, options: { kind?: ScenarioKind; organisationId?: number | null } = {}): Promise<number> {
  return t.db.transaction().execute(async (trx) => {
    const id = await insertScenario(trx, { slug: document.id, title: document.title, kind: options.kind ?? 'entretien', organisationId: options.organisationId ?? null, draft: document, createdBy: null });
    await lockScenario(trx, id);
    const version = await insertVersion(trx, id, document, { accountId: null, name: 'Tests' });
    await publishVersion(trx, id, version.id);
    return id;
  });
}

/** Takes every scenario out of the players' lists (each test file starts from its own scenarios). */
export async function unpublishAll(t: TestApp): Promise<void> {
  await sql`UPDATE simulator_scenarios SET status = 'brouillon', published_version_id = NULL`.execute(t.db);
}

/** A verified account with these roles, logged in (its client holds a CSRF token). */
export async function account(t: TestApp, prefix: string, roles: string[] = ['candidat']): Promise<{ client: TestClient; id: number }> {
  const email = `${prefix}-${process.pid}-${++n}@exemple.fr`;
  const client = await signUp(t.app, email);
  await sql`UPDATE accounts SET email_verified_at = now(), roles = ${roles}::text[], display_name = ${prefix} WHERE email_normalized = ${email}`.execute(t.db);
  const { id } = await t.db.selectFrom('accounts').select('id').where('email_normalized', '=', email).executeTakeFirstOrThrow();
  await client.get('/mon-espace');
  return { client, id };
}

/** A partner: a verified account, member of a new organisation. */
export async function partner(t: TestApp, prefix: string): Promise<{ client: TestClient; id: number; organisationId: number }> {
  const member = await account(t, prefix, ['partenaire']);
  const organisation = await createOrganisation(t.db, { name: `Organisation ${prefix} ${++n}` });
  await t.db.insertInto('organisation_members').values({ organisation_id: organisation.id, account_id: member.id, role: 'proprietaire' } as never).execute();
  return { ...member, organisationId: organisation.id };
}

/** The page's text with the entities the renderer writes turned back into characters. */
export const decode = (html: string) =>
  html.replace(/&#39;|&rsquo;/g, '’').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&nbsp;/g, '\u00a0');

/** The hidden fields and the first radio of the answer form on an attempt page. */
export function answerForm(html: string): { stepId: string; type: string; firstChoice?: string } {
  const stepId = /name="etape" value="([^"]+)"/.exec(html)?.[1];
  const type = /name="type" value="([^"]+)"/.exec(html)?.[1];
  assert.ok(stepId && type, `an answer form is on the page:\n${html.slice(0, 3000)}`);
  const firstChoice = /type="radio"[^>]*name="reponse" value="([^"]+)"/.exec(html)?.[1];
  return { stepId, type, ...(firstChoice ? { firstChoice } : {}) };
}

/**
 * Plays an attempt to its end through the pages: the first choice of each question (or `choose`),
 * `text` for written answers. Returns the final page and the steps answered.
 */
export async function playToEnd(client: TestClient, url: string, options: { text?: string; choose?: (stepId: string, html: string) => string | undefined } = {}): Promise<{ html: string; steps: string[] }> {
  const steps: string[] = [];
  for (let turn = 0; turn < 60; turn++) {
    const page = await client.get(url);
    assert.equal(page.statusCode, 200, page.body.slice(0, 2000));
    if (page.body.includes('id="bilan"')) return { html: page.body, steps };
    const form = answerForm(page.body);
    steps.push(form.stepId);
    const body: Record<string, string> = { etape: form.stepId, type: form.type };
    if (form.type === 'choice') body.reponse = options.choose?.(form.stepId, page.body) ?? form.firstChoice!;
    if (form.type === 'text') body.reponse = options.text ?? 'Bonjour. Lorsque j’étais vendeur, j’ai mis en place un rayon de produits locaux : résultat, les ventes ont augmenté de 15 % en trois mois. Merci.';
    const answered = await client.post(url, body);
    assert.equal(answered.statusCode, 303, answered.body.slice(0, 2000));
  }
  throw new Error('the attempt did not end within 60 steps');
}

/** The text a PDF shows: its streams inflated, the hex strings of its TJ operators decoded. */
export function pdfText(pdf: Buffer): string {
  const source = pdf.toString('latin1');
  const parts: string[] = [];
  for (const match of source.matchAll(/stream\r?\n/g)) {
    const start = match.index! + match[0].length;
    const end = source.indexOf('endstream', start);
    const bytes = pdf.subarray(start, end);
    try {
      parts.push(inflateSync(bytes).toString('latin1'));
    } catch {
      parts.push(bytes.toString('latin1'));
    }
  }
  return parts
    .flatMap((content) => [...content.matchAll(/\[([^\]]*)\]\s*TJ/g)].map((match) => [...match[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((hex) => Buffer.from(hex[1]!, 'hex').toString('latin1')).join('')))
    .join('\n');
}
