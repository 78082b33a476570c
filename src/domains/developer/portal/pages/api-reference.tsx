import { renderMarkdown } from '../../../../platform/html/markdown.js';
import type { FieldLine, OperationView, ParameterView, ResponseView } from '../api-reference.service.js';
import { MethodBadge } from './portal-components.js';

const LOCATION_LABELS: Record<ParameterView['in'], string> = { path: 'chemin', query: 'requête', header: 'en-tête', cookie: 'cookie' };

/** Anchor of an operation in the reference (also used by the console's links). */
export const operationAnchor = (operation: OperationView) => `operation-${operation.key}`;

function ParametersTable({ operation }: { operation: OperationView }) {
  if (!operation.parameters.length) return <p>Aucun paramètre.</p>;
  return (
    <div class="fr-table fr-table--no-caption fr-mb-2w">
      <table>
        <caption>
          Paramètres de {operation.method} {operation.path}
        </caption>
        <thead>
          <tr>
            <th scope="col">Nom</th>
            <th scope="col">Emplacement</th>
            <th scope="col">Obligatoire</th>
            <th scope="col">Type</th>
            <th scope="col">Description</th>
          </tr>
        </thead>
        <tbody>
          {operation.parameters.map((parameter) => (
            <tr key={`${parameter.in}:${parameter.name}`}>
              <th scope="row">
                <code>{parameter.name}</code>
              </th>
              <td>{LOCATION_LABELS[parameter.in]}</td>
              <td>{parameter.required ? 'Oui' : 'Non'}</td>
              <td>
                <code>{parameter.type || '—'}</code>
              </td>
              <td>
                {parameter.description}
                {parameter.values.length ? <> Valeurs possibles : {parameter.values.join(', ')}.</> : null}
                {parameter.constraints.length ? <> ({parameter.constraints.join(' ; ')})</> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function FieldsTable({ operation, response, fields, more }: { operation: OperationView; response: ResponseView; fields: FieldLine[]; more: number }) {
  return (
    <div class="fr-table fr-table--no-caption fr-mb-2w">
      <table>
        <caption>
          Champs de la réponse {response.status} de {operation.method} {operation.path}
        </caption>
        <thead>
          <tr>
            <th scope="col">Champ</th>
            <th scope="col">Type</th>
            <th scope="col">Description</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => (
            <tr key={field.path}>
              <th scope="row">
                <code>{field.path}</code>
                {field.required ? ' (toujours présent)' : null}
              </th>
              <td>
                <code>{field.type || '—'}</code>
              </td>
              <td>{field.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {more ? <p class="fr-text--sm">… et {more} autres champs : voir le document OpenAPI.</p> : null}
    </div>
  );
}

function Responses({ operation }: { operation: OperationView }) {
  if (!operation.responses.length) return <p>Aucune réponse décrite.</p>;
  // Answers with the same body as an earlier one (206 like 200, the error answers) say so instead of repeating it.
  const firstWith = new Map<string, string>();
  const sameAs = operation.responses.map((response) => {
    if (!response.fields.length) return undefined;
    const signature = JSON.stringify(response.fields);
    const earlier = firstWith.get(signature);
    if (!earlier) firstWith.set(signature, response.status);
    return earlier;
  });
  return (
    <ul class="es-unstyled-list">
      {operation.responses.map((response, index) => (
        <li key={response.status} class="fr-mb-2w">
          <p class="fr-mb-1w">
            <strong>{response.status}</strong> — {response.description || 'Sans description'}
            {response.contentType ? (
              <>
                {' '}
                (<code>{response.contentType}</code>)
              </>
            ) : null}
          </p>
          {sameAs[index] ? (
            <p class="fr-text--sm">Corps au même format que la réponse {sameAs[index]}.</p>
          ) : response.fields.length ? (
            <FieldsTable operation={operation} response={response} fields={response.fields} more={response.more} />
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** The reference of an API: every operation with its parameters and responses. */
export function ApiReferenceSection({ operations, consoleHref, openApiHref }: { operations: OperationView[]; consoleHref: string; openApiHref: string }) {
  return (
    <section aria-labelledby="reference" class="fr-mb-6w">
      <h2 id="reference">Référence</h2>
      <p>
        {operations.length} opération{operations.length > 1 ? 's' : ''}. Le <a href={openApiHref}>document OpenAPI 3.1 de cette API</a> (JSON) permet de générer un client dans la plupart des langages.
      </p>
      {operations.map((operation) => (
        <div key={operation.key} id={operationAnchor(operation)} class="fr-mb-5w">
          <h3 class="fr-h5">
            <MethodBadge method={operation.method} /> <code>{operation.path}</code>
            {operation.summary ? <span class="fr-text--md"> — {operation.summary}</span> : null}
          </h3>
          {operation.deprecated ? (
            <p class="fr-badge fr-badge--warning fr-badge--sm">Obsolète</p>
          ) : null}
          {operation.description ? <div class="es-markdown" dangerouslySetInnerHTML={{ __html: renderMarkdown(operation.description) }} /> : null}
          <h4 class="fr-h6">Paramètres</h4>
          <ParametersTable operation={operation} />
          <h4 class="fr-h6">Réponses</h4>
          <Responses operation={operation} />
          {operation.method === 'GET' ? (
            <p>
              <a class="fr-link fr-icon-arrow-right-line fr-link--icon-right" href={`${consoleHref}?operation=${encodeURIComponent(operation.key)}`}>
                Essayer {operation.method} {operation.path} dans la console
              </a>
            </p>
          ) : null}
        </div>
      ))}
    </section>
  );
}
