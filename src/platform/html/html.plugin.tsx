import fp from 'fastify-plugin';
import type { ComponentChildren } from 'preact';
import { Layout, type PageMeta, type SiteSettings } from './layout.js';
import { renderDocument } from './render.js';

declare module 'fastify' {
  interface FastifyReply {
    /** Renders a DSFR page; `meta.path` defaults to the request's path. */
    page(meta: Omit<PageMeta, 'path'> & { path?: string }, content: ComponentChildren): FastifyReply;
  }
  interface FastifyInstance {
    siteSettings: SiteSettings;
  }
}

/** Server-side pages: the layout and `reply.page()`. */
export const htmlPlugin = fp<{ settings: SiteSettings }>(
  async (app, { settings }) => {
    app.decorate('siteSettings', settings);
    app.decorateReply('page', function (meta, content) {
      const path = meta.path ?? this.request.url.split('?')[0] ?? '/';
      const html = renderDocument(
        <Layout settings={settings} meta={{ ...meta, path }}>
          {content}
        </Layout>,
      );
      return this.type('text/html; charset=utf-8').send(html);
    });
  },
  { name: 'html' },
);
