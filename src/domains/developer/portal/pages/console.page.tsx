import { Breadcrumb, Container } from '../../../../platform/html/components.js';
import { CsrfField, ErrorSummary, type FieldErrors, Input, Notice, Select } from '../../../../platform/html/forms.js';
import type { DeveloperApi } from '../../apis.registry.js';
import type { OperationView, ParameterView } from '../api-reference.service.js';
import type { ConsoleApplication } from '../console.repository.js';
import { type ConsoleForm, type ConsoleResult, consoleParameters, fieldName, isListParameter } from '../console.service.js';
import { ConsoleResultSection } from './console-result.js';
import { APIS_CRUMB, apiHref, consoleHref, PORTAL_CRUMB } from './portal-components.js';

export const CONSOLE_SCRIPT = '/static/js/api-console.js';

/** A problem to explain above the form (the call could not be made). */
export interface ConsoleProblem {
  message: string;
  link?: { href: string; label: string };
}

export interface ConsolePageProps {
  api: DeveloperApi;
  operations: OperationView[];
  operation: OperationView | undefined;
  applications: ConsoleApplication[];
  form: ConsoleForm;
  errors: FieldErrors;
  problem?: ConsoleProblem;
  result?: ConsoleResult;
  csrfToken: string;
}

const SUBSCRIPTION_LABELS: Record<string, string> = {
  validee: 'abonnée',
  soumise: 'abonnement en cours d’examen',
  brouillon: 'abonnement en brouillon',
  'modifications-demandees': 'abonnement à compléter',
  refusee: 'abonnement refusé',
  revoquee: 'abonnement révoqué',
};

function parameterHint(parameter: ParameterView): string {
  const parts = [parameter.description, parameter.type ? `Type ${parameter.type}.` : ''];
  if (isListParameter(parameter)) parts.push('Plusieurs valeurs séparées par des virgules.');
  if (parameter.constraints.length) parts.push(`${parameter.constraints.join(' ; ')}.`);
  if (parameter.example !== undefined && !parameter.values.length) parts.push(`Exemple : ${parameter.example}`);
  return parts.filter(Boolean).join(' ');
}

function ParameterField({ parameter, value, error }: { parameter: ParameterView; value: string; error?: string }) {
  const label = `${parameter.name}${parameter.required ? ' (obligatoire)' : ''}${parameter.in === 'path' ? ', dans le chemin' : ''}`;
  const hint = parameterHint(parameter) || undefined;
  if (parameter.values.length && !isListParameter(parameter)) {
    return (
      <Select
        name={fieldName(parameter)}
        label={label}
        hint={hint}
        options={parameter.values.map((option) => ({ value: option, label: option }))}
        value={value}
        error={error}
        placeholder={parameter.required ? 'Choisir une valeur' : 'Aucune valeur (par défaut)'}
      />
    );
  }
  return <Input name={fieldName(parameter)} label={label} hint={hint} value={value} error={error} required={parameter.required} maxLength={2000} />;
}

function OperationChooser({ api, operations, operation }: Pick<ConsolePageProps, 'api' | 'operations' | 'operation'>) {
  return (
    <form method="get" action={consoleHref(api)} class="fr-mb-4w">
      <Select
        name="operation"
        label="Opération à essayer"
        hint="Les opérations de lecture (GET) de l’API. Choisissez-en une, puis affichez ses paramètres."
        options={operations.map((entry) => ({ value: entry.key, label: `${entry.method} ${entry.path}${entry.summary ? ` — ${entry.summary}` : ''}` }))}
        value={operation?.key}
        placeholder="Choisir une opération"
      />
      <button class="fr-btn fr-btn--secondary" type="submit">
        Afficher ses paramètres
      </button>
    </form>
  );
}

function NoApplication() {
  return (
    <div class="fr-alert fr-alert--info fr-mb-4w">
      <h2 class="fr-alert__title">Vous n’avez pas encore d’application</h2>
      <p>
        La console appelle l’API avec le jeton d’une de vos applications, comme le ferait votre code. Créez une application, abonnez-la à cette API, puis revenez ici.
      </p>
      <p>
        <a href="/developpeurs/applications">Créer une application</a>
      </p>
    </div>
  );
}

export function ConsolePage(props: ConsolePageProps) {
  const { api, operation, applications, form, errors, problem } = props;
  const parameters = operation ? consoleParameters(operation) : [];
  const labels = Object.fromEntries(parameters.map((parameter) => [fieldName(parameter), parameter.name]));
  const subscribed = applications.filter((application) => application.subscription === 'validee');
  return (
    <Container class="fr-my-4w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, PORTAL_CRUMB, APIS_CRUMB, { label: api.name, href: apiHref(api) }, { label: 'Console' }]} />
      <div class="fr-grid-row">
        <div class="fr-col-12 fr-col-lg-10">
          <h1>Console : {api.name}</h1>
          <p class="fr-text--lead">
            Essayez l’API avec le jeton d’accès de l’une de vos applications. Les appels comptent comme ceux de votre code : limites d’appels, quota du jour et statistiques de l’application.
          </p>
          <ErrorSummary errors={errors} labels={{ application: 'Application', operation: 'Opération', ...labels }} />
          {problem ? (
            <div class="fr-alert fr-alert--warning fr-mb-4w" role="alert">
              <h2 class="fr-alert__title">L’appel n’a pas pu être fait</h2>
              <p>{problem.message}</p>
              {problem.link ? (
                <p>
                  <a href={problem.link.href}>{problem.link.label}</a>
                </p>
              ) : null}
            </div>
          ) : null}
          {!applications.length ? <NoApplication /> : null}
          {applications.length && !subscribed.length ? (
            <Notice type="info">
              Aucune de vos applications n’est encore abonnée à cette API : abonnez-en une depuis <a href="/developpeurs/applications">Mes applications</a>.
            </Notice>
          ) : null}
          <OperationChooser api={api} operations={props.operations} operation={operation} />
          {operation && applications.length ? (
            <form method="post" action={`${consoleHref(api)}#resultat`} novalidate>
              <h2>
                {operation.method} {operation.path}
              </h2>
              {operation.summary ? <p>{operation.summary}</p> : null}
              <CsrfField token={props.csrfToken} />
              <input type="hidden" name="operation" value={operation.key} />
              <Select
                name="application"
                label="Application"
                hint="L’appel utilise un jeton d’accès de cette application."
                options={applications.map((application) => ({ value: String(application.id), label: `${application.name} (${SUBSCRIPTION_LABELS[application.subscription ?? ''] ?? 'non abonnée'})` }))}
                value={form.application || (subscribed.length === 1 ? String(subscribed[0]!.id) : undefined)}
                error={errors.application}
                placeholder="Choisir une application"
              />
              {parameters.length ? <p class="fr-text--sm">Les champs marqués « obligatoire » doivent être remplis ; laissez vides les autres pour utiliser les valeurs par défaut.</p> : <p>Cette opération n’a pas de paramètre.</p>}
              {parameters.map((parameter) => (
                <ParameterField key={fieldName(parameter)} parameter={parameter} value={form.values[fieldName(parameter)] ?? ''} error={errors[fieldName(parameter)]} />
              ))}
              <button class="fr-btn" type="submit">
                Envoyer la requête
              </button>
            </form>
          ) : null}
          {props.result ? <ConsoleResultSection result={props.result} /> : null}
        </div>
      </div>
    </Container>
  );
}
