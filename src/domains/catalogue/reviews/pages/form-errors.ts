import type { FastifyError } from 'fastify';

/** An expired or forged form (CSRF check): the page is shown again with what the person typed. */
export const isCsrfError = (error: FastifyError | Error) => String((error as { code?: unknown }).code ?? '').startsWith('FST_CSRF_');

export const EXPIRED_FORM = 'Le formulaire a expiré ou ne provient pas de ce site : vos saisies sont conservées ci-dessous, vérifiez-les puis envoyez à nouveau le formulaire.';

export const slugParams = { type: 'object', required: ['slug'], properties: { slug: { type: 'string', maxLength: 100 } } } as const;
export const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 40 } } } as const;

/** A review id from a URL: anything but a positive integer is an unknown review. */
export function parseId(value: string): number | null {
  return /^[1-9][0-9]{0,8}$/.test(value) ? Number(value) : null;
}
