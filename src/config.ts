import path from 'node:path';

/** Everything the portal reads from its environment, validated once and frozen. */
export interface Config {
  readonly host: string;
  readonly port: number;
  /** Public base URL, used in absolute links (JSON-LD, OpenAPI servers). */
  readonly publicUrl: string;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** PostgreSQL server URL; null means the embedded PGlite database. */
  readonly databaseUrl: string | null;
  /** Folder of the embedded database; 'memory://' keeps it in memory. */
  readonly dataDir: string;
  /** Load the demo data when the embedded database is empty at start-up. */
  readonly seedDemoOnEmptyDatabase: boolean;
  /** Name of the public employment service operating the portal. */
  readonly operatorName: string;
  /** Seconds a search result may be served from the per-process cache. */
  readonly searchCacheSeconds: number;
  readonly trustProxy: boolean;
  /** SMTP server for outgoing mail (smtp://user:pass@host:port); null writes mails to the outbox folder. */
  readonly smtpUrl: string | null;
  readonly mailFrom: string;
  /** Folder where mails are written when no SMTP server is configured (listed at /dev/courriels). */
  readonly outboxDir: string;
  /** The dev-only mailbox page; on by default exactly when no SMTP server is configured. */
  readonly devMailbox: boolean;
  /** Secret signing cookies; when absent, one is generated once and kept in the database. */
  readonly cookieSecret: string | null;
  /** Cookies get the Secure flag (on when PUBLIC_URL is https). */
  readonly secureCookies: boolean;
  /** Log-in through an external OpenID Connect provider; null when not configured. */
  readonly oidc: OidcConfig | null;
  /** This process runs the scheduled jobs (statistics aggregation…); several processes may, safely. */
  readonly jobsEnabled: boolean;
  /** Redis server shared by every process for the developer APIs' rate limits and quotas; null counts in process. */
  readonly redisUrl: string | null;
}

/** An OpenID Connect provider (« Pôle emploi Connect », FranceConnect…) the portal is a client of. */
export interface OidcConfig {
  /** Issuer identifier; its `/.well-known/openid-configuration` is read on first use. */
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Text of the log-in button. */
  readonly label: string;
  /** Scopes asked for, separated by spaces (always includes `openid`). */
  readonly scopes: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function integer(env: Env, key: string, fallback: number, min: number, max: number): number {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(`${key} must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(`${key} must be between ${min} and ${max}, got ${value}`);
  return value;
}

function boolean(env: Env, key: string, fallback: boolean): boolean {
  const raw = env[key]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${key} must be true or false, got "${env[key]}"`);
}

function databaseUrl(env: Env): string | null {
  const raw = env.DATABASE_URL?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('DATABASE_URL is not a valid URL');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
  }
  return raw;
}

const OIDC_VARIABLES = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_LABEL', 'OIDC_SCOPES'] as const;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** All or nothing: any OIDC_* variable set requires the issuer, the client id and the secret. */
function oidc(env: Env): OidcConfig | null {
  const value = (key: (typeof OIDC_VARIABLES)[number]) => env[key]?.trim() ?? '';
  const set = OIDC_VARIABLES.filter((key) => value(key) !== '');
  if (set.length === 0) return null;
  for (const key of ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const) {
    if (!value(key)) throw new ConfigError(`${key} is required when ${set.join(', ')} ${set.length > 1 ? 'are' : 'is'} set (OpenID Connect log-in)`);
  }
  const issuer = value('OIDC_ISSUER');
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    throw new ConfigError('OIDC_ISSUER is not a valid URL');
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))) {
    throw new ConfigError('OIDC_ISSUER must be an https:// URL (http:// only for localhost)');
  }
  if (url.search || url.hash || url.username || url.password) throw new ConfigError('OIDC_ISSUER must not hold a query, a fragment or credentials');
  const scopes = (value('OIDC_SCOPES') || 'openid email profile').split(/\s+/);
  if (!scopes.includes('openid')) throw new ConfigError('OIDC_SCOPES must include "openid"');
  if (!scopes.every((scope) => /^[\x21\x23-\x5B\x5D-\x7E]+$/.test(scope))) throw new ConfigError('OIDC_SCOPES holds an invalid character');
  const label = value('OIDC_LABEL') || 'Se connecter avec Pôle emploi Connect';
  if (label.length > 100) throw new ConfigError('OIDC_LABEL must be at most 100 characters long');
  return Object.freeze({ issuer, clientId: value('OIDC_CLIENT_ID'), clientSecret: value('OIDC_CLIENT_SECRET'), label, scopes: [...new Set(scopes)].join(' ') });
}

function redisUrl(env: Env): string | null {
  const raw = env.REDIS_URL?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('REDIS_URL is not a valid URL');
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw new ConfigError('REDIS_URL must start with redis:// or rediss://');
  return raw;
}

/** Reads and validates the environment. Pass overrides in tests. */
export function loadConfig(env: Env = process.env, overrides: Partial<Config> = {}): Config {
  const port = integer(env, 'PORT', 3000, 0, 65535);
  const host = env.HOST?.trim() || '0.0.0.0';
  const logLevel = (env.LOG_LEVEL?.trim() || 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  const dataDirRaw = env.DATA_DIR?.trim() || './data';
  const publicUrl = (env.PUBLIC_URL?.trim() || `http://localhost:${port}`).replace(/\/+$/, '');
  try {
    new URL(publicUrl);
  } catch {
    throw new ConfigError('PUBLIC_URL is not a valid URL');
  }
  const smtpUrl = env.SMTP_URL?.trim() || null;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) throw new ConfigError('SMTP_URL must start with smtp:// or smtps://');
  const cookieSecret = env.COOKIE_SECRET?.trim() || null;
  if (cookieSecret && cookieSecret.length < 32) throw new ConfigError('COOKIE_SECRET must be at least 32 characters long');
  const dataDir = dataDirRaw === 'memory://' ? dataDirRaw : path.resolve(dataDirRaw);
  const config: Config = {
    host,
    port,
    publicUrl,
    logLevel,
    databaseUrl: databaseUrl(env),
    dataDir,
    seedDemoOnEmptyDatabase: boolean(env, 'SEED_DEMO', true),
    operatorName: env.OPERATOR_NAME?.trim() || 'Pôle emploi',
    searchCacheSeconds: integer(env, 'SEARCH_CACHE_SECONDS', 30, 0, 3600),
    trustProxy: boolean(env, 'TRUST_PROXY', false),
    smtpUrl,
    mailFrom: env.MAIL_FROM?.trim() || 'Emploi Store <ne-pas-repondre@emploi-store.example>',
    outboxDir: path.resolve(env.OUTBOX_DIR?.trim() || (dataDir === 'memory://' ? path.join('tmp', 'outbox') : path.join(dataDir, 'outbox'))),
    devMailbox: boolean(env, 'DEV_MAILBOX', smtpUrl === null),
    cookieSecret,
    secureCookies: boolean(env, 'SECURE_COOKIES', publicUrl.startsWith('https://')),
    oidc: oidc(env),
    jobsEnabled: boolean(env, 'JOBS_ENABLED', true),
    redisUrl: redisUrl(env),
    ...overrides,
  };
  return Object.freeze({ ...config, oidc: config.oidc && Object.freeze({ ...config.oidc }) });
}
