import multipart, { type MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { checkAccess } from './access.plugin.js';
import { AppError, isAppError } from './errors.js';

/** One uploaded file, read into memory (never more than MAX_UPLOAD_BYTES of it). */
export interface UploadedFile {
  /** The name the browser gave (never trusted: for messages only). */
  filename: string;
  /** The type the browser declared (never trusted). */
  mimetype: string;
  /** The bytes; empty when `truncated`. */
  data: Buffer;
  /** The file was larger than MAX_UPLOAD_BYTES: its bytes were dropped (storeImage answers UPLOAD_TOO_LARGE). */
  truncated: boolean;
}

/** 2 MB a file. */
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
/** Files in one form (a logo and five screenshots). */
export const MAX_UPLOAD_FILES = 6;
/**
 * Bytes of a whole multipart request. Fastify's `bodyLimit` does not apply to multipart (its parser
 * reads the raw stream), so this plugin checks Content-Length itself. Above the 6 × 2 MB the forms
 * need, so that one too-large photo (the usual mistake) comes back as a form error, not an error page;
 * the excess of a too-large file is read and dropped, never kept in memory.
 */
export const MULTIPART_BODY_LIMIT = 20 * 1024 * 1024;
const MAX_FIELDS = 200;
/** formBodySchema allows 100 000 characters, up to 4 bytes each in UTF-8. */
const MAX_FIELD_BYTES = 400_000;

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * This route accepts `multipart/form-data` (forms with a file input); others answer 415 to it.
     * `{ streamMaxBytes }`: one large file (a video) that the handler streams with streamedFile(); the
     * text fields placed before it in the form (`_csrf` first) are parsed as usual.
     */
    multipart?: boolean | { streamMaxBytes: number };
  }
}

/** Files this plugin made: a JSON or url-encoded body cannot pass an object off as an upload. */
const genuineFiles = new WeakSet<object>();

function isUploadedFile(value: unknown): value is UploadedFile {
  return typeof value === 'object' && value !== null && genuineFiles.has(value);
}

/** The file sent in a single-file field (`request.body.logo`), or undefined when none was chosen. */
export function uploadedFile(value: unknown): UploadedFile | undefined {
  return uploadedFiles(value)[0];
}

/** The files sent in a field (`<input type="file" multiple>` or repeated inputs of one name), in order. */
export function uploadedFiles(value: unknown): UploadedFile[] {
  return (Array.isArray(value) ? value : [value]).filter(isUploadedFile);
}

/** The request body of a multipart route: text fields as strings, file fields to read with uploadedFile(s). */
export type MultipartBody<Fields extends string, Files extends string = never> = Partial<Record<Fields | '_csrf', string>> & Partial<Record<Files, unknown>>;

/**
 * Body schema of a multipart form, like formBodySchema: text fields are strings (validated by the
 * domain), file fields are left to uploadedFile(s) and storeImage; `extra` adds other properties (e.g. a
 * repeated checkbox: `{ type: 'array', items: { type: 'string' } }`). Also fits a url-encoded body.
 */
export function multipartBodySchema(fields: readonly string[], files: readonly string[] = [], extra: Record<string, object> = {}) {
  return {
    type: 'object',
    properties: {
      ...Object.fromEntries([...fields, '_csrf'].map((field) => [field, { type: 'string', maxLength: 100_000 }])),
      ...Object.fromEntries(files.map((field) => [field, {}])),
      ...extra,
    },
  } as const;
}

async function readFile(part: MultipartFile): Promise<UploadedFile | undefined> {
  const chunks: Buffer[] = [];
  // Busboy stops passing bytes on at `limits.fileSize` and drops the rest: at most 2 MB are held.
  for await (const chunk of part.file as AsyncIterable<Buffer>) chunks.push(chunk);
  const truncated = part.file.truncated;
  const data = truncated ? Buffer.alloc(0) : Buffer.concat(chunks);
  // An empty file input: the browser sends a part with no file name and no bytes.
  if (!truncated && data.length === 0 && part.filename === '') return undefined;
  const file: UploadedFile = { filename: part.filename.slice(0, 255), mimetype: part.mimetype, data, truncated };
  genuineFiles.add(file);
  return file;
}

function translate(error: unknown): AppError {
  if (isAppError(error)) return error;
  const code = (error as { code?: string } | null)?.code;
  if (code === 'FST_FILES_LIMIT') return new AppError('UPLOAD_TOO_MANY_FILES', `Trop de fichiers envoyés en une fois : ${MAX_UPLOAD_FILES} au plus.`, [], { cause: error });
  if (code === 'FST_FIELDS_LIMIT' || code === 'FST_PARTS_LIMIT') return new AppError('BODY_TOO_LARGE', 'Le formulaire contient trop de champs.', [], { cause: error });
  return new AppError('BAD_REQUEST', 'Le formulaire envoyé est incomplet ou mal formé : rechargez la page et réessayez.', [], { cause: error });
}

/** Text fields and files of a multipart body; repeated names become arrays, as with url-encoded forms. */
async function readMultipartBody(request: FastifyRequest): Promise<Record<string, unknown>> {
  const body: Record<string, unknown> = {};
  const add = (name: string, value: unknown) => {
    const existing = body[name];
    if (existing === undefined) body[name] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else body[name] = [existing, value];
  };
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        const file = await readFile(part);
        if (file) add(part.fieldname, file);
        continue;
      }
      if (part.valueTruncated || part.fieldnameTruncated) throw new AppError('BODY_TOO_LARGE', 'Un champ du formulaire est trop long.');
      // A part declared as JSON comes back parsed: fields of a form are text, nothing else.
      if (typeof part.value !== 'string') throw new AppError('BAD_REQUEST', 'Un champ du formulaire a un format incorrect.');
      add(part.fieldname, part.value);
    }
  } catch (error) {
    throw translate(error);
  }
  return body;
}

/** The file of a streaming route (`config.multipart: { streamMaxBytes }`), to be read by the handler. */
export interface StreamedFile {
  filename: string;
  /** Declared by the browser (never trusted). */
  mimetype: string;
  /** The bytes; it stops (truncated) one byte past streamMaxBytes, so that a size check sees the excess. */
  stream: AsyncIterable<Buffer>;
}

const streamedFiles = new WeakMap<FastifyRequest, StreamedFile>();

/** The file sent to a streaming route, or undefined when the form had none. */
export function streamedFile(request: FastifyRequest): StreamedFile | undefined {
  return streamedFiles.get(request);
}

/** Text fields up to the first file, whose stream is kept for the handler (never buffered). */
async function readStreamingBody(request: FastifyRequest, maxBytes: number): Promise<Record<string, unknown>> {
  const body: Record<string, unknown> = {};
  try {
    const part = await request.file({ throwFileSizeLimit: false, limits: { fileSize: maxBytes + 1, files: 1, fields: MAX_FIELDS, fieldSize: MAX_FIELD_BYTES, parts: MAX_FIELDS + 1 } });
    if (!part) return body;
    for (const [name, value] of Object.entries(part.fields)) {
      for (const field of [value].flat()) {
        if (!field || field.type !== 'field') continue;
        if (field.valueTruncated || field.fieldnameTruncated) throw new AppError('BODY_TOO_LARGE', 'Un champ du formulaire est trop long.');
        if (typeof field.value !== 'string') throw new AppError('BAD_REQUEST', 'Un champ du formulaire a un format incorrect.');
        body[name] = field.value;
      }
    }
    streamedFiles.set(request, { filename: part.filename.slice(0, 255), mimetype: part.mimetype, stream: part.file as AsyncIterable<Buffer> });
  } catch (error) {
    throw translate(error);
  }
  return body;
}

/** Refuses a multipart body without reading it; the connection closes rather than draining it. */
function refuse(reply: FastifyReply, error: AppError): never {
  reply.header('connection', 'close');
  throw error;
}

/**
 * File uploads for HTML forms (`enctype="multipart/form-data"`) on routes declaring
 * `config: { multipart: true }`. The body is parsed in preValidation, so the schema, the access
 * check and the CSRF check (`_csrf` field) work as for url-encoded forms. Before reading anything it
 * checks the route, the declared length and who is calling.
 */
export const multipartPlugin = fp(
  async (app: FastifyInstance) => {
    await app.register(multipart, {
      throwFileSizeLimit: false,
      limits: {
        fileSize: MAX_UPLOAD_BYTES,
        files: MAX_UPLOAD_FILES,
        fields: MAX_FIELDS,
        fieldSize: MAX_FIELD_BYTES,
        fieldNameSize: 200,
        parts: MAX_FIELDS + MAX_UPLOAD_FILES,
        headerPairs: 100,
      },
    });
    app.addHook('preValidation', async (request, reply) => {
      if (!request.isMultipart()) return;
      const config = request.routeOptions.config;
      if (!config?.access) return; // the 404 handler reads nothing
      if (!config.multipart) refuse(reply, new AppError('UNSUPPORTED_MEDIA_TYPE', 'Cette adresse ne reçoit pas de fichiers.'));
      const length = Number(request.headers['content-length']);
      if (!Number.isFinite(length)) refuse(reply, new AppError('BAD_REQUEST', 'La taille du formulaire envoyé est inconnue.'));
      const streaming = typeof config.multipart === 'object' ? config.multipart : null;
      if (streaming) {
        if (length > streaming.streamMaxBytes + MULTIPART_BODY_LIMIT) refuse(reply, new AppError('BODY_TOO_LARGE', `Le fichier envoyé est trop volumineux (${Math.round(streaming.streamMaxBytes / 1024 / 1024)} Mo au plus).`));
        try {
          checkAccess(config.access, request.viewer);
          request.body = await readStreamingBody(request, streaming.streamMaxBytes);
        } catch (error) {
          refuse(reply, error as AppError);
        }
        return;
      }
      if (length > MULTIPART_BODY_LIMIT) {
        refuse(reply, new AppError('BODY_TOO_LARGE', `Les fichiers envoyés sont trop volumineux (${MULTIPART_BODY_LIMIT / 1024 / 1024} Mo au total, 2 Mo par image) : revenez en arrière et choisissez des images plus légères.`));
      }
      try {
        checkAccess(config.access, request.viewer); // again in preHandler; here so that nobody unauthorised makes us read megabytes
      } catch (error) {
        refuse(reply, error as AppError);
      }
      try {
        request.body = await readMultipartBody(request);
      } catch (error) {
        refuse(reply, error as AppError);
      }
    });
  },
  { name: 'multipart', dependencies: ['access'] },
);
