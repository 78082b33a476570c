import { BarChart } from '../../../platform/html/bar-chart.js';
import { formatNumber, formatPercent, plural } from '../../../platform/html/components.js';
import { Select } from '../../../platform/html/forms.js';
import { AuthoringLayout, authoringHref } from '../authoring/authoring-layout.js';
import type { SessionWithCount } from '../courses.repository.js';
import type { CourseStatistics, FunnelStep, Point, QuestionSuccess } from './statistics.service.js';

const peak = (points: Point[]) => points.reduce<Point | null>((best, point) => (point.value > (best?.value ?? 0) ? point : best), null);
const rate = (ratio: number | null) => (ratio === null ? '—' : formatPercent(ratio));

export function enrolmentSummary(stats: CourseStatistics): string {
  const { points, total, granularity } = stats.enrolments;
  if (!total) return 'Aucune inscription à cette session pour l’instant.';
  const best = peak(points)!;
  return `${plural(total, 'inscription', 'inscriptions')} au total ; pic ${granularity === 'jour' ? 'le' : 'la'} ${best.label} (${plural(best.value, 'inscription', 'inscriptions')}).`;
}

export function activeSummary(points: Point[]): string {
  if (!points.length) return 'La session n’a pas encore commencé : aucune activité à montrer.';
  const best = peak(points);
  const last = points[points.length - 1]!;
  if (!best) return `Aucun apprenant actif sur ${plural(points.length, 'semaine', 'semaines')}.`;
  return `Semaine la plus active : ${best.label}, ${plural(best.value, 'apprenant actif', 'apprenants actifs')}. Dernière semaine : ${plural(last.value, 'apprenant actif', 'apprenants actifs')}.`;
}

export function funnelSummary(funnel: FunnelStep[]): string {
  const enrolled = funnel[0]!;
  const started = funnel[1]!;
  const completed = funnel[funnel.length - 1]!;
  if (!enrolled.value) return 'Personne n’est inscrit à cette session.';
  return `Sur ${plural(enrolled.value, 'inscrit', 'inscrits')}, ${formatNumber(started.value)} ont commencé le cours (${rate(started.ratio)}) et ${formatNumber(completed.value)} l’ont terminé (${rate(completed.ratio)}).`;
}

export function questionsSummary(questions: QuestionSuccess[]): string {
  const answered = questions.filter((question) => question.rate !== null);
  if (!answered.length) return 'Aucune réponse aux quiz pour l’instant.';
  const worst = answered.reduce((a, b) => (b.rate! < a.rate! ? b : a));
  const best = answered.reduce((a, b) => (b.rate! > a.rate! ? b : a));
  return `Question la moins réussie au premier essai : « ${worst.prompt} » (${rate(worst.rate)} de bonnes réponses) ; la mieux réussie : « ${best.prompt} » (${rate(best.rate)}).`;
}

const questionLabel = (question: QuestionSuccess) => `S${question.weekPosition} · ${question.lessonTitle} · Q${question.position}`;

export function CourseStatisticsPage(props: { course: { id: number; name: string }; sessions: SessionWithCount[]; selected: string; stats: CourseStatistics | null; error?: string }) {
  const { course, sessions, selected, stats, error } = props;
  const action = authoringHref(course.id, 'statistiques');
  return (
    <AuthoringLayout course={course} section="statistiques" title={`Statistiques – ${course.name}`}>
      <p>Inscriptions, activité et réussite des apprenants d’une session. Les comptes sont agrégés : aucune donnée personnelle n’est montrée.</p>
      {sessions.length ? (
        <form method="get" action={action} class="fr-mb-4w">
          <div class="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
            <div class="fr-col-12 fr-col-md-8">
              <Select name="session" label="Session" placeholder="Choisir une session" value={selected} options={sessions.map((session) => ({ value: String(session.id), label: session.name }))} error={error} />
            </div>
            <div class="fr-col-12 fr-col-md-4">
              <button class="fr-btn fr-mb-3w" type="submit">
                Afficher
              </button>
            </div>
          </div>
        </form>
      ) : (
        <p>Ce cours n’a pas encore de session.</p>
      )}
      {stats ? (
        <>
          <p>
            <a class="fr-link fr-icon-download-line fr-link--icon-left" href={`/formateur/cours/${course.id}/statistiques.csv?session=${stats.session.id}`}>
              Télécharger les données de la session « {stats.session.name} » (CSV)
            </a>
          </p>
          <BarChart
            id="graphique-inscriptions"
            heading={`Inscriptions par ${stats.enrolments.granularity}`}
            title={`Inscriptions par ${stats.enrolments.granularity}, session « ${stats.session.name} »`}
            summary={enrolmentSummary(stats)}
            bars={stats.enrolments.points}
            table={{ head: [stats.enrolments.granularity === 'jour' ? 'Jour' : 'Semaine', 'Inscriptions'], rows: stats.enrolments.points.map((point) => [point.label, point.value]) }}
          />
          <BarChart
            id="graphique-actifs"
            heading="Apprenants actifs par semaine"
            title={`Apprenants actifs par semaine, session « ${stats.session.name} »`}
            summary={`${activeSummary(stats.active)} Un apprenant est actif une semaine s’il y a consulté une leçon ou tenté un quiz.`}
            bars={stats.active.map((point, index) => ({ label: `S${index + 1}`, value: point.value }))}
            table={{ head: ['Semaine', 'Apprenants actifs'], rows: stats.active.map((point) => [point.label, point.value]) }}
          />
          <BarChart
            id="graphique-entonnoir"
            heading="Entonnoir de progression"
            layout="barres"
            title={`Entonnoir de progression, session « ${stats.session.name} »`}
            summary={`${funnelSummary(stats.funnel)} Une semaine est terminée quand toutes ses leçons ont été vues et tous ses quiz réussis.`}
            bars={stats.funnel}
            table={{ head: ['Étape', 'Apprenants', 'Part des inscrits'], rows: stats.funnel.map((step) => [step.label, step.value, rate(step.ratio)]) }}
          />
          <BarChart
            id="graphique-questions"
            heading="Réussite par question de quiz"
            layout="barres"
            percent
            title={`Part de bonnes réponses au premier essai, par question, session « ${stats.session.name} »`}
            summary={`${questionsSummary(stats.questions)} Seul le premier essai de chaque apprenant compte.`}
            bars={stats.questions.map((question) => ({ label: questionLabel(question), value: question.rate ?? 0 }))}
            caption="Réussite par question au premier essai"
            table={{
              head: ['Question', 'Quiz', 'Réponses', 'Bonnes réponses', 'Taux de réussite'],
              rows: stats.questions.map((question) => [question.prompt, `Semaine ${question.weekPosition} · ${question.lessonTitle}`, question.answered, question.right, rate(question.rate)]),
            }}
          />
        </>
      ) : null}
    </AuthoringLayout>
  );
}
