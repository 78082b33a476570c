import { randomBytes } from 'node:crypto';

/** A file part of a multipart body. */
export interface FilePart {
  field: string;
  filename: string;
  /** Defaults to application/octet-stream. */
  contentType?: string;
  data: Buffer;
}

/**
 * A multipart/form-data body as a browser builds it (CRLF lines, one part per field, a file part
 * with `filename`); an empty file input is `{ field, filename: '', data: Buffer.alloc(0) }`.
 */
export function multipartBody(fields: Record<string, string | string[]>, files: readonly FilePart[] = []): { payload: Buffer; contentType: string } {
  const boundary = `----EmploiStoreTest${randomBytes(12).toString('hex')}`;
  const chunks: Buffer[] = [];
  const quote = (value: string) => value.replace(/"/g, '%22').replace(/\r?\n/g, ' ');
  for (const [name, value] of Object.entries(fields)) {
    for (const item of [value].flat()) {
      chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${quote(name)}"\r\n\r\n${item}\r\n`));
    }
  }
  for (const file of files) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${quote(file.field)}"; filename="${quote(file.filename)}"\r\nContent-Type: ${file.contentType ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      file.data,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}
