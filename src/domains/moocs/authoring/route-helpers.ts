import type { AuditActor } from '../../../platform/audit/audit.repository.js';
import type { Viewer } from '../../../platform/http/access.plugin.js';

const id = { type: 'integer', minimum: 1, maximum: 2147483647 } as const;

/** Params schemas: ids are integers, so that « inconnu » is a 400, never a 500. */
export function idParams<K extends string>(...names: K[]) {
  return { type: 'object', properties: Object.fromEntries(names.map((name) => [name, id])) as Record<K, typeof id>, required: names } as const;
}

export const noticeQuery = { type: 'object', properties: { ok: { type: 'string', maxLength: 40 } } } as const;

export const moveBody = { type: 'object', properties: { _csrf: { type: 'string', maxLength: 200 }, sens: { type: 'string', enum: ['monter', 'descendre'] } }, required: ['sens'] } as const;

export function auditActor(viewer: Viewer): AuditActor {
  return { accountId: viewer.accountId, displayName: viewer.displayName };
}

export const isAdmin = (viewer: Viewer | null) => Boolean(viewer?.roles.includes('administrateur'));

const NOTICES: Record<string, string> = {
  cree: 'Le cours est créé.',
  enregistre: 'Les modifications sont enregistrées.',
  publie: 'Le cours est publié dans le Store.',
  depublie: 'Le cours est retiré du Store.',
  ajoute: 'L’élément est ajouté.',
  supprime: 'L’élément est supprimé.',
  archive: 'La session est archivée : elle n’apparaît plus aux apprenants.',
  desarchive: 'La session n’est plus archivée.',
  video: 'La vidéo est enregistrée.',
};

export function noticeFor(query: { ok?: string }): string | undefined {
  return query.ok && Object.hasOwn(NOTICES, query.ok) ? NOTICES[query.ok] : undefined;
}
