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
  const config: Config = {
    host,
    port,
    publicUrl,
    logLevel,
    databaseUrl: databaseUrl(env),
    dataDir: dataDirRaw === 'memory://' ? dataDirRaw : path.resolve(dataDirRaw),
    seedDemoOnEmptyDatabase: boolean(env, 'SEED_DEMO', true),
    operatorName: env.OPERATOR_NAME?.trim() || 'Pôle emploi',
    searchCacheSeconds: integer(env, 'SEARCH_CACHE_SECONDS', 30, 0, 3600),
    trustProxy: boolean(env, 'TRUST_PROXY', false),
    ...overrides,
  };
  return Object.freeze(config);
}
