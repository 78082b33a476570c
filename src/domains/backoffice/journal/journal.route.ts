import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { STAFF } from '../backoffice.access.js';
import { EntryPage } from './entry.page.js';
import { JournalLabels } from './journal.labels.js';
import { JournalPage } from './journal.page.js';
import { browseJournal, type JournalQuery, journalEntry } from './journal.service.js';

const text = (maxLength: number) => ({ type: 'string', maxLength }) as const;

/**
 * The audit log, for moderators and administrators alike: it records staff actions only, and
 * moderators need to see what their peers and administrators decided to work consistently.
 */
export function registerJournalRoutes(app: FastifyInstance): void {
  const labels = new JournalLabels(app.moderationSources);

  app.get<{ Querystring: JournalQuery }>(
    '/administration/journal',
    {
      config: { access: STAFF },
      schema: {
        hide: true,
        querystring: {
          type: 'object',
          properties: { q: text(200), action: text(200), sujet: text(200), acteur: text(200), du: text(200), au: text(200), page: { type: 'integer', minimum: 1, maximum: 100000 } },
        },
      },
    },
    async (request, reply) => {
      const result = await browseJournal(app.db, request.query);
      const invalid = Object.keys(result.errors).length > 0;
      const title = `${invalid ? 'Erreur — ' : ''}Journal des actions${result.page > 1 ? ` — page ${result.page}` : ''}`;
      return reply
        .status(invalid ? 400 : 200)
        .header('cache-control', 'no-store')
        .page({ title }, h(JournalPage, { result, labels }));
    },
  );

  app.get<{ Params: { id: string } }>(
    '/administration/journal/:id',
    { config: { access: STAFF }, schema: { hide: true, params: { type: 'object', required: ['id'], properties: { id: text(40) } } } },
    async (request, reply) => {
      const entry = await journalEntry(app.db, request.params.id);
      return reply.header('cache-control', 'no-store').page({ title: `Action n° ${entry.id} — Journal des actions` }, h(EntryPage, { entry, labels }));
    },
  );
}
