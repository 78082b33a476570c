/**
 * Rows waiting to be written in one multi-row statement. A key appears at most once per
 * statement (a later row replaces a pending one), and `count` is the number of distinct keys seen.
 */
export class Batch<Row> {
  private readonly pending = new Map<string, Row>();
  private readonly seen = new Set<string>();

  constructor(
    private readonly keyOf: (row: Row) => string,
    private readonly write: (rows: Row[]) => Promise<void>,
    private readonly size = 1000,
  ) {}

  async add(row: Row): Promise<void> {
    const key = this.keyOf(row);
    this.pending.set(key, row);
    this.seen.add(key);
    if (this.pending.size >= this.size) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.pending.size === 0) return;
    const rows = [...this.pending.values()];
    this.pending.clear();
    await this.write(rows);
  }

  get count(): number {
    return this.seen.size;
  }
}
