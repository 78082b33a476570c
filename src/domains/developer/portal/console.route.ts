import type { FastifyInstance, FastifyReply } from 'fastify';
import { h } from 'preact';
import { AppError } from '../../../platform/http/errors.js';
import { type DeveloperApi, findApi } from '../apis.registry.js';
import { referenceOf } from './api-document.js';
import type { OperationView } from './api-reference.service.js';
import { findOwnApplication, listActiveApplications } from './console.repository.js';
import { callUrl, checkForm, type ConsoleForm, consoleOperations, consoleParameters, fieldName, performCall, readForm, tokenCovers } from './console.service.js';
import { CONSOLE_SCRIPT, ConsolePage, type ConsolePageProps } from './pages/console.page.js';

const slugParams = { type: 'object', required: ['slug'], properties: { slug: { type: 'string', maxLength: 100 } } } as const;
const consoleQuery = { type: 'object', properties: { operation: { type: 'string', maxLength: 200 }, application: { type: 'string', maxLength: 12 } } } as const;
// The parameter fields depend on the operation: any other field is a string, checked by the service.
const consoleBody = {
  type: 'object',
  properties: { _csrf: { type: 'string', maxLength: 200 }, application: { type: 'string', maxLength: 12 }, operation: { type: 'string', maxLength: 200 } },
  additionalProperties: { type: 'string', maxLength: 10_000 },
} as const;

type ConsoleRoute = { Params: { slug: string }; Querystring: { operation?: string; application?: string }; Body: Record<string, string> };

export function knownApi(slug: string): DeveloperApi {
  const api = findApi(slug);
  if (!api) throw new AppError('DEVELOPER_API_NOT_FOUND');
  return api;
}

function render(reply: FastifyReply, props: Omit<ConsolePageProps, 'csrfToken'>) {
  const failed = Object.keys(props.errors).length > 0;
  return reply
    .header('cache-control', 'no-store')
    .page(
      { title: `${failed ? 'Erreur — ' : ''}Console : ${props.api.name}`, description: `Essayer l’API ${props.api.name} avec le jeton de votre application.`, head: h('script', { type: 'module', src: CONSOLE_SCRIPT }) },
      h(ConsolePage, { ...props, csrfToken: reply.generateCsrf() }),
    );
}

/** The try-it console of an API: choose an operation and an application, call it for real. */
export function registerConsoleRoutes(app: FastifyInstance): void {
  const load = async (api: DeveloperApi, accountId: number) => {
    const applications = await listActiveApplications(app.db, accountId, api.slug);
    return { operations: consoleOperations(referenceOf(app, api).operations), applications };
  };
  const pick = (operations: OperationView[], key: string | undefined) => (key ? operations.find((operation) => operation.key === key) : operations[0]);

  app.get<ConsoleRoute>(
    '/developpeurs/api/:slug/console',
    { config: { access: ['developpeur'] }, schema: { hide: true, params: slugParams, querystring: consoleQuery } },
    async (request, reply) => {
      const api = knownApi(request.params.slug);
      const { operations, applications } = await load(api, request.viewer!.accountId);
      const operation = pick(operations, request.query.operation);
      const form: ConsoleForm = { application: request.query.application ?? '', operation: operation?.key ?? '', values: {} };
      // Required parameters start with the document's example, so that a first call just works.
      for (const parameter of operation ? consoleParameters(operation) : []) if (parameter.required && parameter.example !== undefined) form.values[fieldName(parameter)] = parameter.example;
      return render(reply, { api, operations, operation, applications, form, errors: {} });
    },
  );

  app.post<ConsoleRoute>(
    '/developpeurs/api/:slug/console',
    { config: { access: ['developpeur'] }, schema: { hide: true, params: slugParams, body: consoleBody } },
    async (request, reply) => {
      const api = knownApi(request.params.slug);
      const accountId = request.viewer!.accountId;
      const { operations, applications } = await load(api, accountId);
      const requested = typeof request.body?.operation === 'string' ? request.body.operation : '';
      const operation = requested ? operations.find((entry) => entry.key === requested) : undefined;
      const form = readForm(request.body, operation);
      const base = { api, operations, operation, applications, form };
      const errors = checkForm(form, operation);
      if (Object.keys(errors).length) return render(reply.status(400), { ...base, errors });

      const application = /^[1-9][0-9]{0,8}$/.test(form.application) ? await findOwnApplication(app.db, accountId, Number(form.application), api.slug) : undefined;
      if (!application) throw new AppError('APPLICATION_NOT_FOUND');
      const applicationPage = { href: `/developpeurs/applications/${application.id}`, label: `Abonner « ${application.name} » à cette API` };
      if (application.status !== 'active') {
        return render(reply.status(409), { ...base, errors: {}, problem: { message: `L’application « ${application.name} » a été révoquée : elle ne peut plus obtenir de jeton.` } });
      }
      let token;
      try {
        token = await app.developer.issueForApplication(application.id);
      } catch (error) {
        if (error instanceof AppError && (error.code === 'APPLICATION_REVOKED' || error.code === 'APPLICATION_NOT_FOUND')) {
          return render(reply.status(409), { ...base, errors: {}, problem: { message: error.message } });
        }
        throw error;
      }
      if (!tokenCovers(token, api.scopes[0]!)) {
        const message =
          application.subscription && application.subscription !== 'validee'
            ? `L’abonnement de « ${application.name} » à cette API n’est pas encore validé : son jeton ne donne pas accès à ${api.name}.`
            : `L’application « ${application.name} » n’est pas abonnée à cette API : son jeton ne donne pas accès à ${api.name}.`;
        return render(reply.status(403), { ...base, errors: {}, problem: { message, link: applicationPage } });
      }
      const result = await performCall(app, token, callUrl(operation!, form));
      return render(reply, { ...base, errors: {}, result });
    },
  );
}
