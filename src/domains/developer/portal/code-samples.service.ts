import type { DeveloperApi } from '../apis.registry.js';
import type { OperationView, ParameterView } from './api-reference.service.js';

/**
 * Code samples of an API page, generated from the registry and the OpenAPI document (never
 * written by hand per API): request a token with the client credentials, then call one operation.
 */
export const TOKEN_PATH = '/connexion/oauth2/access_token?realm=/partenaire';

export interface CodeSamples {
  operation: OperationView;
  tokenUrl: string;
  /** The URL the samples call (path parameters filled, required query parameters added). */
  callUrl: string;
  curl: string;
  javascript: string;
  python: string;
}

export const tokenUrl = (publicUrl: string) => `${publicUrl}${TOKEN_PATH}`;
export const baseUrl = (publicUrl: string, api: DeveloperApi) => `${publicUrl}${api.basePath}`;

const placeholder = (parameter: ParameterView) => parameter.example ?? `VALEUR_${parameter.name.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase()}`;

/** The operation the samples call: a GET needing no value the document does not give, else the first GET. */
export function sampleOperation(operations: readonly OperationView[]): OperationView | undefined {
  const gets = operations.filter((operation) => operation.method === 'GET' && !operation.deprecated);
  const runnable = (operation: OperationView) => operation.parameters.every((parameter) => !parameter.required || parameter.example !== undefined);
  return gets.find((operation) => runnable(operation) && !operation.parameters.some((parameter) => parameter.in === 'path')) ?? gets.find(runnable) ?? gets[0];
}

/** `/fichesservices/{id}` with its path parameters replaced by encoded values. */
export function fillPath(path: string, values: (name: string) => string): string {
  return path.replace(/\{([^}]+)\}/g, (_match, name: string) => encodeURIComponent(values(name)));
}

/** A string in single quotes for a POSIX shell. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** A string literal valid in JavaScript and in Python (JSON escapes). */
const literal = (value: string) => JSON.stringify(value);

export function buildCodeSamples(api: DeveloperApi, operations: readonly OperationView[], publicUrl: string): CodeSamples | undefined {
  const operation = sampleOperation(operations);
  if (!operation) return undefined;
  const pathParameters = new Map(operation.parameters.filter((parameter) => parameter.in === 'path').map((parameter) => [parameter.name, parameter]));
  const path = fillPath(operation.path, (name) => {
    const parameter = pathParameters.get(name);
    return parameter ? placeholder(parameter) : name;
  });
  const query = operation.parameters.filter((parameter) => parameter.in === 'query' && parameter.required).map((parameter) => [parameter.name, placeholder(parameter)]);
  const base = baseUrl(publicUrl, api);
  const search = query.length ? `?${new URLSearchParams(query).toString()}` : '';
  const callUrl = `${base}${path}${search}`;
  const token = tokenUrl(publicUrl);
  const scope = api.scopes.join(' ');
  const title = operation.summary || `${operation.method} ${operation.path}`;

  const curl = [
    '# 1. Obtenir un jeton d’accès (identifiants de votre application)',
    `curl -X POST ${shellQuote(token)} \\`,
    `  -H 'Content-Type: application/x-www-form-urlencoded' \\`,
    `  --data-urlencode 'grant_type=client_credentials' \\`,
    `  --data-urlencode "client_id=$CLIENT_ID" \\`,
    `  --data-urlencode "client_secret=$CLIENT_SECRET" \\`,
    `  --data-urlencode ${shellQuote(`scope=${scope}`)}`,
    '',
    `# 2. ${title}, avec le jeton reçu (champ access_token)`,
    `curl -i ${shellQuote(callUrl)} \\`,
    `  -H "Authorization: Bearer $ACCESS_TOKEN" \\`,
    `  -H 'Accept: application/json'`,
  ].join('\n');

  const javascript = [
    '// Node.js 20 ou plus : fetch est disponible sans dépendance.',
    '// Identifiants de votre application, lus dans l’environnement.',
    'const { CLIENT_ID, CLIENT_SECRET } = process.env;',
    '',
    `const tokenResponse = await fetch(${literal(token)}, {`,
    "  method: 'POST',",
    "  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },",
    '  body: new URLSearchParams({',
    "    grant_type: 'client_credentials',",
    '    client_id: CLIENT_ID,',
    '    client_secret: CLIENT_SECRET,',
    `    scope: ${literal(scope)},`,
    '  }),',
    '});',
    'if (!tokenResponse.ok) throw new Error(`Jeton refusé : ${tokenResponse.status} ${await tokenResponse.text()}`);',
    'const { access_token: accessToken } = await tokenResponse.json();',
    '',
    `// ${title}`,
    `const response = await fetch(${literal(callUrl)}, {`,
    "  headers: { Authorization: `Bearer ${accessToken}`, Accept: 'application/json' },",
    '});',
    'const body = response.status === 204 ? null : await response.json();',
    'console.log(response.status, body);',
  ].join('\n');

  const python = [
    '# Python 3 avec requests (pip install requests)',
    'import os',
    '',
    'import requests',
    '',
    'token_response = requests.post(',
    `    ${literal(token)},`,
    '    data={',
    '        "grant_type": "client_credentials",',
    '        "client_id": os.environ["CLIENT_ID"],',
    '        "client_secret": os.environ["CLIENT_SECRET"],',
    `        "scope": ${literal(scope)},`,
    '    },',
    '    timeout=10,',
    ')',
    'token_response.raise_for_status()',
    'access_token = token_response.json()["access_token"]',
    '',
    `# ${title}`,
    'response = requests.get(',
    `    ${literal(callUrl)},`,
    '    headers={"Authorization": f"Bearer {access_token}", "Accept": "application/json"},',
    '    timeout=10,',
    ')',
    'print(response.status_code, response.json() if response.content else None)',
  ].join('\n');

  return { operation, tokenUrl: token, callUrl, curl, javascript, python };
}
