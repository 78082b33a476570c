import { createWriteStream } from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import type { GeneratedRecord } from './feed-offer.js';
import { type FeedFormat, feedSerializer } from './feed-writer.js';
import { generateOffers, type GenerateOptions } from './offer-generator.js';

export interface FeedSummary {
  records: number;
  originals: number;
  duplicates: number;
  malformed: number;
  /** Records and file of each source. */
  sources: { slug: string; file: string | null; records: number }[];
  bytes: number;
  milliseconds: number;
}

/** Buffers text and writes it in large chunks, waiting when the stream asks to (memory stays flat). */
class ChunkedWriter {
  private buffer: string[] = [];
  private size = 0;
  bytes = 0;
  records = 0;

  constructor(readonly stream: Writable) {}

  async write(text: string): Promise<void> {
    this.buffer.push(text);
    this.size += text.length;
    if (this.size >= 256 * 1024) await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.size) return;
    const chunk = Buffer.from(this.buffer.join(''), 'utf8');
    this.buffer = [];
    this.size = 0;
    this.bytes += chunk.length;
    if (!this.stream.write(chunk)) await new Promise<void>((resolve) => this.stream.once('drain', resolve));
  }

  async end(closeStream: boolean): Promise<void> {
    await this.flush();
    if (!closeStream) return;
    await new Promise<void>((resolve, reject) => {
      this.stream.once('error', reject);
      this.stream.end(() => resolve());
    });
  }
}

/** The file of a source: the given name with one source, `name.<source>.ext` with several. */
export function sourceFileName(out: string, slug: string, sourceCount: number): string {
  if (sourceCount === 1) return out;
  const extension = path.extname(out);
  return `${out.slice(0, out.length - extension.length)}.${slug}${extension}`;
}

/**
 * Generates the feed and writes it: to `out` (one file a source when there are several), or to
 * `stdout` with one source. Streams: memory does not grow with the count.
 */
export async function writeFeed(options: GenerateOptions & { format: FeedFormat; out: string | null; stdout?: Writable; onRecord?: (record: GeneratedRecord) => void }): Promise<FeedSummary> {
  const started = performance.now();
  if (!options.out && options.sources.length > 1) throw new RangeError('several sources need an output file (--out)');
  const serializer = feedSerializer(options.format);
  const writers = new Map<string, { writer: ChunkedWriter; file: string | null }>();
  for (const source of options.sources) {
    const file = options.out ? sourceFileName(options.out, source.slug, options.sources.length) : null;
    const stream: Writable = file ? createWriteStream(file) : (options.stdout ?? process.stdout);
    const writer = new ChunkedWriter(stream);
    writers.set(source.slug, { writer, file });
    await writer.write(serializer.header);
  }
  const summary: FeedSummary = { records: 0, originals: 0, duplicates: 0, malformed: 0, sources: [], bytes: 0, milliseconds: 0 };
  for (const record of generateOffers(options)) {
    const { writer } = writers.get(record.source)!;
    await writer.write(serializer.record(record.offer, writer.records++));
    summary.records++;
    if (record.kind === 'original') summary.originals++;
    else if (record.kind === 'duplicate') summary.duplicates++;
    else summary.malformed++;
    options.onRecord?.(record);
  }
  for (const [slug, { writer, file }] of writers) {
    await writer.write(serializer.footer);
    await writer.end(file !== null);
    summary.bytes += writer.bytes;
    summary.sources.push({ slug, file, records: writer.records });
  }
  summary.milliseconds = performance.now() - started;
  return summary;
}
