import { BarChart, DataTable } from '../../../../platform/html/bar-chart.js';
import type { CompetencyLevel, CompetencyResult, Debrief, DebriefPoint } from '../../engine/scenario.types.js';
import type { CompetencyResources } from '../../resources/resource-links.js';
import { AnswerRemarks } from './answer-remarks.js';

export const LEVEL_LABELS: Record<CompetencyLevel, string> = { fort: 'Point fort', moyen: 'Moyen', a_travailler: 'À travailler', non_evalue: 'Non évalué' };
const OUTCOME_CLASS = { success: 'fr-alert--success', neutral: 'fr-alert--info', failure: 'fr-alert--warning' } as const;

export const scoreText = (result: Pick<CompetencyResult, 'percent'>) => (result.percent === null ? 'non évalué' : `${result.percent} sur 100`);

/** The text equivalent of the chart: the best and the weakest competencies. */
export function scoresSummary(debrief: Debrief): string {
  const rated = debrief.competencies.filter((result) => result.percent !== null);
  if (!rated.length) return 'Aucune compétence n’a pu être évaluée pendant cette partie.';
  const sorted = [...rated].sort((a, b) => b.percent! - a.percent!);
  const best = sorted[0]!;
  const weakest = sorted.at(-1)!;
  const overall = debrief.overall === null ? '' : `Score global : ${debrief.overall} sur 100. `;
  const unrated = debrief.competencies.filter((result) => result.percent === null).map((result) => result.label);
  return `${overall}Meilleur score : ${best.label} (${best.percent} sur 100) ; score le plus bas : ${weakest.label} (${weakest.percent} sur 100).${unrated.length ? ` Non évalué : ${unrated.join(', ')}.` : ''}`;
}

function Points({ id, title, points, empty }: { id: string; title: string; points: DebriefPoint[]; empty: string }) {
  return (
    <div class="fr-col-12 fr-col-md-6">
      <h3 id={id}>{title}</h3>
      {points.length ? (
        <ul aria-labelledby={id}>
          {points.map((point, index) => (
            <li key={index}>{point.text}</li>
          ))}
        </ul>
      ) : (
        <p>{empty}</p>
      )}
    </div>
  );
}

export interface DebriefViewProps {
  debrief: Debrief;
  resources: CompetencyResources[];
  reportHref: string;
  againHref: string;
}

/** The end of an attempt: scores (table and chart), strengths, what to work on, remarks on written answers, resources. */
export function DebriefView({ debrief, resources, reportHref, againHref }: DebriefViewProps) {
  const written = debrief.answers.filter((answer) => answer.type === 'text' && answer.text !== undefined);
  return (
    <section aria-labelledby="bilan" class="fr-mt-4w">
      <h2 id="bilan" tabIndex={-1} data-focus-on-arrival="">
        Votre bilan
      </h2>
      {debrief.ending ? (
        <div class={`fr-alert ${OUTCOME_CLASS[debrief.ending.outcome]} fr-mb-3w`}>
          <h3 class="fr-alert__title">{debrief.ending.title}</h3>
          <p>{debrief.ending.text}</p>
        </div>
      ) : null}
      <p class="fr-text--lead">{debrief.overall === null ? 'Score global : non évalué.' : `Score global : ${debrief.overall} sur 100.`}</p>
      <p>
        <a class="fr-btn fr-icon-download-line fr-btn--icon-left" href={reportHref} download>
          Télécharger le rapport (PDF)
        </a>
      </p>
      <DataTable
        caption="Score par compétence (sur 100)"
        head={['Compétence', 'Score', 'Niveau', 'Points obtenus']}
        rows={debrief.competencies.map((result) => [result.label, scoreText(result), LEVEL_LABELS[result.level], `${result.raw} (de ${result.min} à ${result.max} possibles)`])}
      />
      <BarChart
        id="graphique-scores"
        heading="Vos scores en graphique"
        headingLevel={3}
        title={`Score sur 100 par compétence — ${debrief.scenarioTitle}`}
        summary={scoresSummary(debrief)}
        layout="barres"
        percent
        bars={debrief.competencies.map((result) => ({ label: result.label, value: (result.percent ?? 0) / 100 }))}
        table={{ head: ['Compétence', 'Score sur 100'], rows: debrief.competencies.map((result) => [result.label, scoreText(result)]) }}
        caption="Score sur 100 par compétence"
      />
      <div class="fr-grid-row fr-grid-row--gutters">
        <Points id="points-forts" title="Vos points forts" points={debrief.strengths} empty="Pas encore de point fort net : c’est en vous entraînant qu’ils apparaîtront." />
        <Points id="a-travailler" title="Ce qui est à travailler" points={debrief.improvements} empty="Rien de particulier : continuez ainsi." />
      </div>
      {written.length ? (
        <>
          <h3 class="fr-mt-4w">L’analyse de vos réponses écrites</h3>
          {written.map((answer, index) => (
            <div class="fr-mb-4w" key={answer.stepId}>
              <h4 class="fr-h6">Question : {answer.prompt}</h4>
              <AnswerRemarks text={answer.text!} remarks={answer.remarks ?? []} headingLevel="h5" id={`reponse-${index + 1}`} />
            </div>
          ))}
        </>
      ) : null}
      {resources.some((item) => item.links.length) ? (
        <>
          <h3 class="fr-mt-4w">Pour progresser</h3>
          {resources
            .filter((item) => item.links.length)
            .map((item) => (
              <div key={item.competency} class="fr-mb-3w">
                <h4 class="fr-h6" id={`ressources-${item.competency}`}>
                  {item.label}
                </h4>
                <ul aria-labelledby={`ressources-${item.competency}`}>
                  {item.links.map((link) => (
                    <li key={link.href + link.label}>
                      <a href={link.href}>{link.label}</a>
                      <span class="fr-hint-text">{link.detail}</span>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
        </>
      ) : null}
      <p class="fr-mt-4w">
        <a class="fr-btn fr-btn--secondary fr-icon-refresh-line fr-btn--icon-left" href={againHref}>
          Recommencer un entretien
        </a>
      </p>
    </section>
  );
}
