import pg from 'pg';

const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Makes sure the database named in `url` exists. It first connects to it; only when the server
 * answers "database does not exist" (3D000) does it connect to the server's `postgres` database
 * and create it, then disconnect. Nothing is ever dropped or changed otherwise.
 */
export async function ensureDatabase(url: string, log: (message: string) => void): Promise<void> {
  const probe = new pg.Client({ connectionString: url });
  try {
    await probe.connect();
    return;
  } catch (error) {
    if ((error as { code?: string }).code !== '3D000') throw error;
  } finally {
    await probe.end().catch(() => undefined);
  }
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
  if (!name) throw new Error('DATABASE_URL names no database');
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: maintenance.toString() });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      await admin.query(`CREATE DATABASE ${quoteIdentifier(name)}`);
      log(`Base « ${name} » créée sur le serveur ${target.host}.`);
    }
  } finally {
    await admin.end();
  }
}
