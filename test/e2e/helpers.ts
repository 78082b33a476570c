import { AxeBuilder } from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { after, before } from 'node:test';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type ConsoleMessage, type Page, type Response } from 'playwright-core';
import { buildTestApp, type TestApp } from '../helpers/app.js';
import { STRONG_PASSWORD } from '../helpers/client.js';

export const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Belt and braces: no host name but the portal's resolves, so a test can never reach the network.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

export interface E2E {
  /** The portal, listening on 127.0.0.1 on a random port. */
  readonly app: TestApp;
  /** `http://127.0.0.1:<port>` */
  readonly baseUrl: string;
  readonly browser: Browser;
  /** A new browser context (closed in `after` if the test did not close it). */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A new page in a new context, with console errors and page errors collected. */
  newPage(options?: BrowserContextOptions): Promise<{ context: BrowserContext; page: Page; errors: string[] }>;
}

/** Fails with an explanation when the browser the end-to-end tests need is not installed. */
export function assertChromiumInstalled(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM_PATH}: the end-to-end tests need Debian's "chromium" package. ` +
        'Install it with `sudo apt-get install -y chromium` (CI installs it), then run `npm run test:e2e` again.',
    );
  }
}

/** Collects what a page reports as an error: console errors (CSP violations, failed loads) and uncaught exceptions. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  return errors;
}

/**
 * Registers `before`/`after` hooks for the current test file: the real portal over HTTP on a
 * fresh in-memory database with the demo data, and a headless Chromium. Use the returned object
 * inside tests only (its properties exist once `before` has run).
 */
export function useE2E(): E2E {
  let app: TestApp | undefined;
  let browser: Browser | undefined;
  let baseUrl = '';
  const contexts: BrowserContext[] = [];

  before(async () => {
    assertChromiumInstalled();
    app = await buildTestApp();
    await app.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.app.server.address() as AddressInfo;
    baseUrl = `http://127.0.0.1:${port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });

  after(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await app?.close();
  });

  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not ready: the e2e before() hook failed or has not run.`);
    return value;
  };

  const e2e: E2E = {
    get app() {
      return need(app, 'The portal');
    },
    get baseUrl() {
      need(app, 'The portal');
      return baseUrl;
    },
    get browser() {
      return need(browser, 'Chromium');
    },
    async newContext(options: BrowserContextOptions = {}) {
      const context = await e2e.browser.newContext({ baseURL: e2e.baseUrl, locale: 'fr-FR', ...options });
      contexts.push(context);
      return context;
    },
    async newPage(options: BrowserContextOptions = {}) {
      const context = await e2e.newContext(options);
      const page = await context.newPage();
      return { context, page, errors: collectErrors(page) };
    },
  };
  return e2e;
}

export interface ExternalSites {
  /** Requests to other origins that were refused (every one not listed in `pages`). */
  refused: string[];
  /** Requests to other origins that were answered with a stand-in page. */
  served: string[];
}

/**
 * Answers requests that leave the portal for the page: URLs listed in `pages` (looked up when each
 * request is made, so entries may be added later) get the given HTML,
 * anything else outside `baseUrl` is refused. Uses the DevTools Fetch domain (which `page.route`
 * is built on) because Playwright's own routes do not see the target of a redirect, and the
 * "Accéder au service" link reaches the partner's site through a 302 from the portal.
 */
export async function interceptExternalSites(context: BrowserContext, page: Page, baseUrl: string, pages: Record<string, string> = {}): Promise<ExternalSites> {
  const sites: ExternalSites = { refused: [], served: [] };
  const session = await context.newCDPSession(page);
  session.on('Fetch.requestPaused', (event) => {
    const { url } = event.request;
    const body = pages[url];
    let reply: Promise<unknown>;
    if (url === baseUrl || url.startsWith(`${baseUrl}/`)) {
      reply = session.send('Fetch.continueRequest', { requestId: event.requestId });
    } else if (body !== undefined) {
      sites.served.push(url);
      reply = session.send('Fetch.fulfillRequest', {
        requestId: event.requestId,
        responseCode: 200,
        responseHeaders: [{ name: 'content-type', value: 'text/html; charset=utf-8' }],
        body: Buffer.from(body).toString('base64'),
      });
    } else {
      sites.refused.push(url);
      reply = session.send('Fetch.failRequest', { requestId: event.requestId, errorReason: 'BlockedByClient' });
    }
    // The page may have gone away meanwhile (navigation, close): nothing left to answer then.
    reply.catch(() => undefined);
  });
  await session.send('Fetch.enable', { patterns: [{ urlPattern: '*', requestStage: 'Request' }] });
  return sites;
}

/**
 * A user agent a person's browser would send. Headless Chromium says "HeadlessChrome", which
 * the portal rightly treats as a robot and leaves out of the view and link-out counters.
 */
export function desktopUserAgent(browser: Browser): string {
  const version = browser.version().split('.')[0] ?? '120';
  return `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${version}.0.0.0 Safari/537.36`;
}

/** The element that has the focus, described for assertions and messages. */
export async function activeElement(page: Page): Promise<{ tag: string; id: string; text: string; href: string | null; type: string | null; name: string | null; value: string | null }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      id: element?.id ?? '',
      text: (element?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      href: element?.getAttribute('href') ?? null,
      type: element?.getAttribute('type') ?? null,
      name: element?.getAttribute('name') ?? null,
      value: element instanceof HTMLInputElement ? element.value : null,
    };
  });
}

/**
 * Presses Tab (or Shift+Tab) until `matches` holds for the focused element, at most `maxPresses`
 * times; fails with the path followed when the element is never reached.
 */
export async function tabUntil(
  page: Page,
  matches: (focused: Awaited<ReturnType<typeof activeElement>>) => boolean,
  { maxPresses = 80, what = 'the expected element', backwards = false }: { maxPresses?: number; what?: string; backwards?: boolean } = {},
): Promise<Awaited<ReturnType<typeof activeElement>>> {
  const path: string[] = [];
  for (let press = 0; press < maxPresses; press++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const focused = await activeElement(page);
    if (matches(focused)) return focused;
    path.push(`${focused.tag}${focused.id ? `#${focused.id}` : ''}${focused.text ? ` "${focused.text.slice(0, 40)}"` : ''}`);
  }
  throw new Error(`${what} was not reached after ${maxPresses} Tab presses on ${page.url()}. Focus went through:\n  ${path.join('\n  ')}`);
}

/** The WCAG levels every page must meet (axe tags). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface AxeViolationLike {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** axe violations, one paragraph each, with the elements concerned and what to fix. */
export function describeViolations(violations: readonly AxeViolationLike[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => `    - ${node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : String(part))).join(' ')}${node.failureSummary ? `\n      ${node.failureSummary.replace(/\n/g, '\n      ')}` : ''}`)
        .join('\n');
      return `  [${violation.impact ?? 'n/a'}] ${violation.id}: ${violation.help}\n    ${violation.helpUrl}\n${nodes}`;
    })
    .join('\n');
}

/**
 * Runs `action` (a click, a key press, a form submitted by script…) and waits until the main
 * frame has loaded the document it leads to, following redirects. Resolves with the final
 * response (the one that is not a redirect), so its status can be checked.
 */
export async function navigation(page: Page, action: () => Promise<unknown>, { timeout = 15_000 }: { timeout?: number } = {}): Promise<Response> {
  const response = page.waitForResponse(
    (candidate) => candidate.request().isNavigationRequest() && candidate.frame() === page.mainFrame() && (candidate.status() < 300 || candidate.status() >= 400),
    { timeout },
  );
  const committed = page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame(), timeout });
  await action();
  const [final] = await Promise.all([response, committed]);
  await page.waitForLoadState('load');
  return final;
}

export interface PageAudit {
  /** What the page is, for messages ("sign-up form with errors"). */
  name: string;
  /** The document's response, when the page was reached by `navigation()` or `page.goto()`. */
  response?: Response | null;
  /** The expected HTTP status (200 unless told). */
  status?: number;
}

/**
 * The checks every page of a journey passes: the expected status, 0 axe violation (WCAG 2.1 A
 * and AA), exactly one h1, and no console error nor script error since the previous audit
 * (`errors` is emptied). The browser's own "Failed to load resource" for the document itself is
 * expected when the page answers with an error status on purpose.
 */
export async function auditPage(page: Page, errors: string[], { name, response, status = 200 }: PageAudit): Promise<void> {
  const where = `${name} (${new URL(page.url()).pathname}${new URL(page.url()).search})`;
  if (response !== undefined) assert.equal(response?.status(), status, `HTTP status of ${where}`);
  await page.waitForFunction(() => document.readyState === 'complete');
  await page.waitForLoadState('networkidle');
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  assert.equal(results.violations.length, 0, `axe found ${results.violations.length} violation(s) on ${where}:\n${describeViolations(results.violations)}`);
  const h1Count = await page.locator('h1').count();
  assert.equal(h1Count, 1, `${where} should have exactly one h1, found ${h1Count}`);
  const documentUrl = page.url().split('#')[0] ?? '';
  const unexpected = errors.filter((error) => !(status >= 400 && error.includes(`status of ${status}`) && error.includes(documentUrl)));
  assert.deepEqual(unexpected, [], `console or script errors on ${where}:\n${unexpected.join('\n')}`);
  errors.length = 0;
}

/**
 * The link of the newest mail to `to` whose subject matches, read from the portal's SMTP server,
 * pointed at the portal under test (mails carry the configured public URL).
 */
export async function linkFromMail(app: TestApp, baseUrl: string, to: string, subject: RegExp, path: string): Promise<string> {
  const mail = await app.smtp.waitFor(to, subject);
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`https?://[^\\s/]+(${escaped}\\?[^\\s]+)`).exec(mail.text);
  assert.ok(match?.[1], `the mail « ${mail.subject} » to ${to} should contain a ${path} link:\n${mail.text}`);
  return `${baseUrl}${match[1]}`;
}

/** Logs in through the log-in form (checked with `auditPage`) and lands on « Mon espace ». */
export async function logIn(page: Page, errors: string[], email: string, who: string, password = STRONG_PASSWORD): Promise<void> {
  const response = await page.goto('/connexion');
  await auditPage(page, errors, { name: `log-in form (${who})`, response });
  await page.fill('#champ-email', email);
  await page.fill('#champ-password', password);
  await navigation(page, () => page.locator('main').getByRole('button', { name: 'Se connecter' }).click());
  assert.equal(new URL(page.url()).pathname, '/mon-espace', `${who} is logged in`);
}
