import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { h } from 'preact';
import { THEMES } from '../catalogue/index.js';
import { AccessibilityPage } from './pages/accessibility.page.js';
import { LegalPage } from './pages/legal.page.js';
import { SitemapPage } from './pages/sitemap.page.js';

/** The portal's own pages: accessibility statement, legal notice, site map, robots.txt. */
export const sitePlugin = fp(
  async (app: FastifyInstance) => {
    const operatorName = app.config.operatorName;
    app.get('/accessibilite', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) =>
      reply.page({ title: 'Déclaration d’accessibilité' }, h(AccessibilityPage, { operatorName })),
    );
    app.get('/mentions-legales', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) => reply.page({ title: 'Mentions légales' }, h(LegalPage, { operatorName })));
    app.get('/plan-du-site', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) => reply.page({ title: 'Plan du site' }, h(SitemapPage, { themes: THEMES })));
    app.get('/robots.txt', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) =>
      reply.type('text/plain; charset=utf-8').send('User-agent: *\nDisallow: /services/*/acceder\nDisallow: /api/\n'),
    );
    app.get('/healthz', { config: { access: 'public' }, schema: { hide: true } }, async () => ({ status: 'ok' }));
  },
  { name: 'site', dependencies: ['html'] },
);
