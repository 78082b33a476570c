import type { FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import type { ComponentChildren } from 'preact';
import { Layout, type PageMeta, type SiteSettings } from './layout.js';
import { renderDocument } from './render.js';

export type PageOptions = Omit<PageMeta, 'path'> & { path?: string };

declare module 'fastify' {
  interface FastifyReply {
    /** Renders a DSFR page; `meta.path` defaults to the request's path. */
    page(meta: PageOptions, content: ComponentChildren): FastifyReply;
  }
  interface FastifyInstance {
    siteSettings: SiteSettings;
  }
}

/** Sends a page in the layout; usable on any reply, even one made before routing. */
export function sendPage(reply: FastifyReply, settings: SiteSettings, meta: PageOptions, content: ComponentChildren): FastifyReply {
  return reply.type('text/html; charset=utf-8').send(renderPage(reply, settings, meta, content));
}

/** The HTML of a page in the layout, for the viewer of this reply's request. */
export function renderPage(reply: FastifyReply, settings: SiteSettings, meta: PageOptions, content: ComponentChildren): string {
  const path = meta.path ?? reply.request.url.split('?')[0] ?? '/';
  const viewer = reply.request.viewer ?? null;
  // The log-out form needs a token; anonymous pages set no cookie at all.
  const csrfToken = viewer && typeof reply.generateCsrf === 'function' ? reply.generateCsrf() : undefined;
  const html = renderDocument(
    <Layout settings={settings} meta={{ ...meta, path, viewer, csrfToken }}>
      {content}
    </Layout>,
  );
  return html;
}

/** Server-side pages: the layout and `reply.page()`. */
export const htmlPlugin = fp<{ settings: SiteSettings }>(
  async (app, { settings }) => {
    app.decorate('siteSettings', settings);
    app.decorateReply('page', function (meta: PageOptions, content: ComponentChildren) {
      return sendPage(this, settings, meta, content);
    });
  },
  { name: 'html' },
);
