import { CsrfField, ErrorSummary, type FieldErrors, Notice, RadioFieldset } from '../../../platform/html/forms.js';
import { applicationHref, DeveloperFrame } from '../applications/pages/components.js';
import type { ProposalView } from './propose.service.js';

const ROLE_LABELS = { proprietaire: 'Vous en êtes propriétaire', editeur: 'Vous en êtes éditeur ou éditrice' } as const;

interface ProposePageProps {
  application: { id: number; name: string; description: string; website: string | null; status: string };
  view: ProposalView;
  csrfToken: string;
  errors: FieldErrors;
  organisation: string;
}

function Prefill({ application }: { application: ProposePageProps['application'] }) {
  const rows: [string, string][] = [
    ['Nom du service', application.name],
    ['Description', application.description],
    ['Adresse du service', application.website ?? 'À compléter (l’application n’a pas de site web renseigné)'],
    ['Type de service', 'Application construite sur les API'],
    ['Modèle de prix', 'Gratuit'],
    ['Plateformes', 'Web'],
  ];
  return (
    <section aria-labelledby="titre-pre-remplissage" class="fr-mb-4w">
      <h2 id="titre-pre-remplissage">Ce que la fiche reprendra de l’application</h2>
      <dl>
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt class="fr-text--bold">{label}</dt>
            <dd class="fr-mb-2w">{value}</dd>
          </div>
        ))}
      </dl>
      <p>Vous compléterez ensuite l’accroche, le public, les thématiques, le logo et les captures d’écran, puis enverrez la fiche à la modération.</p>
    </section>
  );
}

function State({ application, view }: Pick<ProposePageProps, 'application' | 'view'>) {
  if (view.service) {
    return (
      <Notice type="success">
        L’application est dans l’Emploi Store : <a href={`/services/${view.service.slug}`}>voir la fiche « {view.service.name} »</a>. Elle porte la mention « Construit avec les API Emploi Store ».
      </Notice>
    );
  }
  if (view.existing) {
    return (
      <>
        <Notice type="info">
          L’application a déjà été proposée : la fiche « {view.existing.name} » est à l’état « {view.existing.statusLabel} » dans l’espace partenaire de votre organisation.
        </Notice>
        <p>
          <a class="fr-btn" href={view.existing.href}>
            Ouvrir la fiche
          </a>
        </p>
      </>
    );
  }
  if (application.status !== 'active') return <Notice type="warning">Cette application est révoquée : elle ne peut plus être proposée dans l’Emploi Store.</Notice>;
  return null;
}

export function ProposePage({ application, view, csrfToken, errors, organisation }: ProposePageProps) {
  const base = applicationHref(application.id);
  const canPropose = !view.service && !view.existing && application.status === 'active';
  return (
    <DeveloperFrame title="Proposer mon application dans l’Emploi Store" crumbs={[{ label: application.name, href: base }, { label: 'Proposer dans l’Emploi Store' }]} narrow>
      <p>
        L’Emploi Store référence les services numériques pour l’emploi. Proposez-y « {application.name} » : une fiche de service pré-remplie est créée dans l’espace partenaire de
        l’organisation qui la publiera ; vous la complétez, puis l’équipe Emploi Store la relit avant publication. Une fois publiée, la fiche porte la mention « Construit avec les API
        Emploi Store ».
      </p>
      <State application={application} view={view} />
      {canPropose && view.organisations.length === 0 ? (
        <>
          <Notice type="info">Un service de l’Emploi Store est publié par une organisation : vous n’êtes membre d’aucune organisation pour le moment.</Notice>
          <p>
            <a class="fr-btn" href="/espace-partenaire">
              Créer mon organisation dans l’espace partenaire
            </a>
          </p>
          <p>Revenez ensuite sur cette page pour proposer l’application.</p>
        </>
      ) : null}
      {canPropose && view.organisations.length > 0 ? (
        <>
          <Prefill application={application} />
          <ErrorSummary errors={errors} labels={{ organisation: 'Organisation' }} />
          <form method="post" action={`${base}/proposer`} novalidate>
            <CsrfField token={csrfToken} />
            <RadioFieldset
              name="organisation"
              legend="L’organisation qui publiera l’application"
              hint="Les membres de l’organisation pourront compléter la fiche avec vous."
              options={view.organisations.map((candidate) => ({ value: candidate.slug, label: candidate.name, hint: ROLE_LABELS[candidate.role] }))}
              value={organisation || (view.organisations.length === 1 ? view.organisations[0]!.slug : '')}
              error={errors.organisation}
            />
            <button class="fr-btn" type="submit">
              Créer la fiche pré-remplie
            </button>
          </form>
          <p class="fr-mt-2w">
            Votre organisation n’est pas dans la liste ? <a href="/espace-partenaire">Créez-la ou rejoignez-la dans l’espace partenaire</a>.
          </p>
        </>
      ) : null}
      <p class="fr-mt-4w">
        <a class="fr-link fr-icon-arrow-left-line fr-link--icon-left" href={base}>
          Retour à l’application
        </a>
      </p>
    </DeveloperFrame>
  );
}
