import type { Db } from '../../../platform/db/database.js';
import { type ClientEntry, findClientByApplicationId, findClientByClientId, loadClientDirectory } from './clients.repository.js';

/** How long this process trusts what it knows of an application (reloaded in the background after it). */
export const DIRECTORY_REFRESH_MS = 25_000;
const MAX_UNKNOWN = 10_000;

/**
 * Applications as this process knows them, reloaded from the database every 30 seconds, so that
 * a token grant and an API call need no database round trip, and a revocation, a rotation's end or
 * a revoked subscription made by any process takes effect everywhere within a minute.
 * A client id or application id not in the snapshot is looked up once (a new application works at
 * once); unknown client ids are remembered until the next reload (bounded).
 */
export class ClientDirectory {
  private byClientId = new Map<string, ClientEntry>();
  private byApplicationId = new Map<number, ClientEntry>();
  private unknownClientIds = new Set<string>();
  private loadedAt = 0;
  private loading: Promise<void> | null = null;

  constructor(
    private readonly db: Db,
    private readonly refreshMs = DIRECTORY_REFRESH_MS,
  ) {}

  /** Reloads now (tests; after a change made by this process, forget() is enough). */
  async reload(): Promise<void> {
    const entries = await loadClientDirectory(this.db);
    const byClientId = new Map<string, ClientEntry>();
    const byApplicationId = new Map<number, ClientEntry>();
    for (const entry of entries) {
      byClientId.set(entry.clientId, entry);
      byApplicationId.set(entry.applicationId, entry);
    }
    this.byClientId = byClientId;
    this.byApplicationId = byApplicationId;
    this.unknownClientIds.clear();
    this.loadedAt = Date.now();
  }

  /**
   * Starts a reload in the background when the snapshot is older than the refresh period; waits for
   * it when the snapshot is twice that old (or absent), which bounds what a process may ignore.
   */
  private async fresh(): Promise<void> {
    const age = Date.now() - this.loadedAt;
    if (age >= 0 && age < this.refreshMs) return; // a clock set back counts as stale
    this.loading ??= this.reload().finally(() => {
      this.loading = null;
    });
    if (age < 0 || age >= 2 * this.refreshMs) await this.loading;
  }

  async byClient(clientId: string): Promise<ClientEntry | undefined> {
    await this.fresh();
    const known = this.byClientId.get(clientId);
    if (known || this.unknownClientIds.has(clientId)) return known;
    const entry = await findClientByClientId(this.db, clientId);
    if (entry) this.remember(entry);
    else if (this.unknownClientIds.size < MAX_UNKNOWN) this.unknownClientIds.add(clientId);
    return entry;
  }

  async byApplication(applicationId: number): Promise<ClientEntry | undefined> {
    await this.fresh();
    const known = this.byApplicationId.get(applicationId);
    if (known) return known;
    const entry = await findClientByApplicationId(this.db, applicationId);
    if (entry) this.remember(entry);
    return entry;
  }

  /** Forgets an application after this process changed it: the next use reads it again. */
  forget(clientId: string): void {
    const entry = this.byClientId.get(clientId);
    this.byClientId.delete(clientId);
    this.unknownClientIds.delete(clientId);
    if (entry) this.byApplicationId.delete(entry.applicationId);
  }

  private remember(entry: ClientEntry): void {
    this.byClientId.set(entry.clientId, entry);
    this.byApplicationId.set(entry.applicationId, entry);
  }
}
