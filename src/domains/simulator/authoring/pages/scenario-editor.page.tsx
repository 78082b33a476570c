import { formatDateTime } from '../../../../platform/html/components.js';
import { CsrfField, Notice } from '../../../../platform/html/forms.js';
import type { ScenarioDocument, ScenarioIssue, Step } from '../../engine/scenario.types.js';
import type { ScenarioRow } from '../../simulator.table.js';
import type { VersionSummary } from '../../storage/scenarios.repository.js';
import { describeNext, type DraftIssues, STEP_KIND_LABELS } from '../draft.js';
import { EditorFrame, editorHref } from './editor-frame.js';
import { StepActions } from './step-actions.js';

export interface ScenarioEditorProps {
  scenario: ScenarioRow;
  ownerName: string;
  draft: ScenarioDocument;
  issues: DraftIssues;
  versions: VersionSummary[];
  publishedNumber: number | null;
  csrfToken: string;
  notice?: string;
  /** Set when saving a version was refused: the issues go to the error summary too. */
  refused?: boolean;
}

function stepSummary(step: Step): string {
  const value = step.kind === 'choice' || step.kind === 'text' ? step.prompt : step.text;
  return value.length > 160 ? `${value.slice(0, 157)}…` : value;
}

function StepIssues({ issues }: { issues: ScenarioIssue[] | undefined }) {
  if (!issues?.length) return null;
  return (
    <div class="fr-messages-group fr-mt-1w">
      {issues.map((issue, index) => (
        <p class="fr-message fr-message--error" key={index}>
          {issue.message}
        </p>
      ))}
    </div>
  );
}

/** The validator's issues, each linked to the step it names; an error (role alert) when saving a version was refused. */
function IssuesSummary({ issues, refused }: { issues: DraftIssues; refused: boolean }) {
  if (issues.ok) return null;
  const count = issues.all.length > 1 ? `${issues.all.length} erreurs` : 'une erreur';
  const stepOf = (issue: ScenarioIssue) => [...issues.byStep].find(([, list]) => list.includes(issue))?.[0];
  return (
    <div class={`fr-alert ${refused ? 'fr-alert--error' : 'fr-alert--warning'} fr-mb-3w`} role={refused ? 'alert' : undefined} id="resume-erreurs" tabIndex={-1}>
      <h2 class="fr-alert__title">{refused ? `La version n’a pas été enregistrée : le brouillon contient ${count}` : `Le brouillon contient ${count}`}</h2>
      <p>Chaque erreur est aussi indiquée sous l’étape qu’elle concerne. Corrigez-les pour enregistrer une version.</p>
      <ul>
        {issues.all.map((issue, index) => {
          const stepId = stepOf(issue);
          return <li key={index}>{stepId ? <a href={`#etape-${stepId}`}>{issue.message}</a> : issue.message}</li>;
        })}
      </ul>
    </div>
  );
}

/** The scenario's overview in the editor: validation, versions, publication, then its steps with their actions. */
export function ScenarioEditorPage({ scenario, ownerName, draft, issues, versions, publishedNumber, csrfToken, notice, refused }: ScenarioEditorProps) {
  const base = editorHref(scenario.slug);
  const latest = versions[0];
  return (
    <EditorFrame title={scenario.title} scenario={{ slug: scenario.slug, title: scenario.title }}>
      <p>
        <span class={`fr-badge fr-badge--no-icon ${scenario.status === 'publie' ? 'fr-badge--success' : 'fr-badge--info'}`}>{scenario.status === 'publie' ? `Publié (version ${publishedNumber})` : 'Brouillon'}</span> —{' '}
        {scenario.kind === 'entretien' ? 'scénario du simulateur d’entretien' : 'jeu sérieux'} de {ownerName}, adresse « {scenario.slug} ».
      </p>
      {notice ? <Notice>{notice}</Notice> : null}
      <IssuesSummary issues={issues} refused={!!refused} />
      {issues.ok ? <Notice type="info">Le brouillon est valide : vous pouvez l’enregistrer comme nouvelle version.</Notice> : null}
      <ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
        <li>
          <a class="fr-btn fr-btn--secondary fr-icon-edit-line" href={`${base}/informations`}>
            Modifier les informations
          </a>
        </li>
        <li>
          <form method="post" action={`${base}/versions`}>
            <CsrfField token={csrfToken} />
            <button class="fr-btn fr-icon-save-line" type="submit">
              Enregistrer une nouvelle version
            </button>
          </form>
        </li>
        {latest && latest.number !== publishedNumber ? (
          <li>
            <form method="post" action={`${base}/publier`}>
              <CsrfField token={csrfToken} />
              <input type="hidden" name="version" value={String(latest.number)} />
              <button class="fr-btn fr-icon-check-line" type="submit">
                Publier la version {latest.number}
              </button>
            </form>
          </li>
        ) : null}
        {publishedNumber !== null ? (
          <li>
            <form method="post" action={`${base}/retirer`}>
              <CsrfField token={csrfToken} />
              <button class="fr-btn fr-btn--tertiary fr-icon-close-line" type="submit">
                Retirer de la publication
              </button>
            </form>
          </li>
        ) : null}
        <li>
          <a class="fr-btn fr-btn--tertiary fr-icon-download-line" href={`${base}/export.json`} download>
            Exporter le brouillon (JSON)
          </a>
        </li>
        <li>
          <a class="fr-btn fr-btn--tertiary fr-icon-upload-line" href={`${base}/importer`}>
            Importer un JSON
          </a>
        </li>
      </ul>

      <h2 class="fr-mt-4w">Étapes</h2>
      <p>
        L’entretien commence par l’étape « {draft.start} ». Les étapes sont listées dans l’ordre de lecture ; c’est la suite de chacune qui fait le parcours.
      </p>
      <ol class="es-steps">
        {draft.steps.map((step, index) => (
          <li key={step.id} id={`etape-${step.id}`} class="fr-mb-3w">
            <h3 class="fr-h6 fr-mb-1w">
              {STEP_KIND_LABELS[step.kind]} « {step.id} »{step.title ? ` — ${step.title}` : ''}
              {step.id === draft.start ? ' (début)' : ''}
            </h3>
            <p class="fr-mb-1w">{stepSummary(step)}</p>
            {step.kind === 'choice' ? <p class="fr-text--sm fr-mb-1w">{step.choices.length} choix.</p> : null}
            {step.kind !== 'end' ? <p class="fr-text--sm fr-mb-1w">Suite : {describeNext(step.next)}.</p> : null}
            <StepIssues issues={issues.byStep.get(step.id)} />
            <StepActions base={base} step={step} first={index === 0} last={index === draft.steps.length - 1} isStart={step.id === draft.start} csrfToken={csrfToken} />
          </li>
        ))}
      </ol>
      <form method="get" action={`${base}/etapes/nouvelle`} class="fr-mt-2w">
        <div class="fr-select-group">
          <label class="fr-label" for="nouvelle-etape">
            Type de la nouvelle étape
          </label>
          <select class="fr-select" id="nouvelle-etape" name="type">
            {(Object.keys(STEP_KIND_LABELS) as Step['kind'][]).map((kind) => (
              <option value={kind} key={kind}>
                {STEP_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </div>
        <button class="fr-btn fr-btn--secondary fr-icon-add-line fr-btn--icon-left" type="submit">
          Ajouter une étape
        </button>
      </form>

      <h2 class="fr-mt-6w">Versions</h2>
      {versions.length ? (
        <ul>
          {versions.map((version) => (
            <li key={version.id}>
              Version {version.number}
              {version.number === publishedNumber ? ' (publiée)' : ''}, par {version.authorName}, le {formatDateTime(version.createdAt)} —{' '}
              <a href={`${base}/export.json?version=${version.number}`} download>
                exporter la version {version.number} (JSON)
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p>Aucune version enregistrée : les joueurs ne voient ce scénario qu’une fois une version publiée.</p>
      )}
    </EditorFrame>
  );
}
