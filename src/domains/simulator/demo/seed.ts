import type { Db } from '../../../platform/db/database.js';
import { upsertOperatorService } from '../../catalogue/index.js';
import type { ScenarioDocument } from '../engine/scenario.types.js';
import { loadBuiltinScenarios } from '../scenarios/builtin.scenarios.js';
import { canonicalJson } from '../storage/canonical-json.js';
import { findScenarioBySlug, insertScenario, insertVersion, lockScenario, publishVersion, saveDraft } from '../storage/scenarios.repository.js';

/** The catalogue entry of the simulator (an operator service of type 'simulateur'). */
export const SIMULATOR_SERVICE_SLUG = 'simulateur-d-entretien';
/** The portal's address when none is given (the default PUBLIC_URL); the plugin points the service at the configured one. */
export const DEFAULT_PUBLIC_URL = 'http://localhost:3000';
const AUTHOR = 'Équipe Emploi Store';

/** Stores a built-in scenario as a published operator scenario; a changed document becomes a new published version. */
async function seedScenario(db: Db, document: ScenarioDocument): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const existing = await findScenarioBySlug(trx, document.id);
    const id = existing?.id ?? (await insertScenario(trx, { slug: document.id, title: document.title, kind: 'entretien', organisationId: null, draft: document, createdBy: null }));
    const scenario = await lockScenario(trx, id);
    if (scenario.organisation_id !== null) return; // a partner's scenario that took this slug: never overwritten
    const published = scenario.published_version_id
      ? await trx.selectFrom('simulator_scenario_versions').select('document').where('id', '=', scenario.published_version_id).executeTakeFirst()
      : undefined;
    if (published && canonicalJson(published.document) === canonicalJson(document)) return; // loaded already: nothing changes
    const version = await insertVersion(trx, id, document, { accountId: null, name: AUTHOR });
    await publishVersion(trx, id, version.id);
    await saveDraft(trx, id, { draft: document, title: document.title });
  });
}

const DESCRIPTION = `Le simulateur d'entretien d'embauche vous met face à un recruteur virtuel : choisissez le métier que vous visez et le type d'entretien (en face à face, au téléphone ou collectif), puis répondez à une dizaine de questions.

Certaines questions proposent plusieurs réponses, d'autres vous demandent d'écrire la vôtre. Après chaque réponse, un retour vous explique ce qui a fonctionné et ce qui peut être amélioré.

## Un bilan expliqué

- un score par compétence : présentation, motivation, connaissance de l'entreprise, savoir-être, argumentation ;
- vos points forts et ce qui est à travailler ;
- pour chaque réponse écrite, les remarques de l'analyse avec les mots qui les ont provoquées ;
- les leçons du MOOC « Réussir l'entretien d'embauche » et les services qui vous entraînent ;
- un rapport à télécharger en PDF.

## Sans intelligence artificielle extérieure

Vos réponses sont analysées sur ce site, par des règles simples et publiques : longueur, structure (situation, action, résultat), exemples chiffrés, vocabulaire du métier, mots d'hésitation et formules de politesse. Jouez sans compte, ou connectez-vous pour retrouver vos parties.`;

/**
 * The simulator's demo: the three built-in scenarios published as the operator's, and the
 * simulator's entry in the Store pointing at this portal's /simulateur. Idempotent.
 */
export async function seedSimulatorDemo(db: Db, options: { publicUrl?: string } = {}): Promise<void> {
  const documents = loadBuiltinScenarios();
  for (const document of documents) await seedScenario(db, document);
  await upsertOperatorService(db, {
    slug: SIMULATOR_SERVICE_SLUG,
    name: "Simulateur d'entretien d'embauche",
    pitch: 'Entraînez-vous face à un recruteur virtuel, recevez un retour après chaque réponse et un bilan de vos compétences à télécharger.',
    description: DESCRIPTION,
    type: 'simulateur',
    themes: ['preparer-sa-candidature'],
    audience: 'candidats',
    platforms: ['web'],
    accessibility: 'Conforme partiellement au RGAA 4.1 ; jouable entièrement au clavier, vidéos sous-titrées et transcrites.',
    url: `${(options.publicUrl ?? DEFAULT_PUBLIC_URL).replace(/\/+$/, '')}/simulateur`,
    logoPath: '/static/logos/simulateur-d-entretien.svg',
    romeCodes: [...new Set(documents.flatMap((document) => document.romeCodes))].sort(),
  });
}
