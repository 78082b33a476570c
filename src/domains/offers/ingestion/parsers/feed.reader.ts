import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { parseCsv } from './csv-feed.parser.js';
import { type FeedFormat, type FeedRecord, guessFormat } from './feed-record.js';
import { parseJsonArray, parseJsonLines } from './json-feed.parser.js';
import { parseXml } from './xml-feed.parser.js';

export { type FeedFormat, type FeedRecord, guessFormat } from './feed-record.js';
export { FeedSyntaxError } from './json-feed.parser.js';

/** The format of a feed file: from its name, else from its first bytes. */
export async function detectFeedFormat(file: string): Promise<FeedFormat | null> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(512);
    const { bytesRead } = await handle.read(buffer, 0, 512, 0);
    return guessFormat(file, buffer.subarray(0, bytesRead).toString('utf8'));
  } finally {
    await handle.close();
  }
}

/** Parses text chunks in the given format. */
export function parseFeed(chunks: AsyncIterable<string>, format: FeedFormat): AsyncGenerator<FeedRecord> {
  switch (format) {
    case 'json':
      return parseJsonArray(chunks);
    case 'jsonl':
      return parseJsonLines(chunks);
    case 'xml':
      return parseXml(chunks);
    case 'csv':
      return parseCsv(chunks);
  }
}

/** The records of a feed file, streamed (256 kB reads). */
export function readFeedFile(file: string, format: FeedFormat): AsyncGenerator<FeedRecord> {
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 });
  return parseFeed(stream as AsyncIterable<string>, format);
}
