import { type AuditActor, recordAudit } from '../../../platform/audit/audit.repository.js';
import type { Db } from '../../../platform/db/database.js';
import { findPublishedService, lockFeatured, renumberFeatured, setFeatured } from './featured.repository.js';

/** The home page shows six featured services (services.repository.ts, home.route.ts). */
export const MAX_FEATURED = 6;

export type FeaturedResult = { ok: true } | { ok: false; status: 404 | 409; message: string };

export const parseServiceId = (value: string | undefined): number | null => (value && /^[1-9][0-9]{0,8}$/.test(value) ? Number(value) : null);

/** Adds a published service at the end of the featured list, within the limit. */
export async function addFeatured(db: Db, serviceId: number, actor: AuditActor): Promise<FeaturedResult> {
  return db.transaction().execute(async (trx): Promise<FeaturedResult> => {
    await lockFeatured(trx);
    const service = await findPublishedService(trx, serviceId);
    if (!service) return { ok: false, status: 404, message: 'Ce service n’existe pas ou n’est plus publié : il ne peut pas être mis à la une.' };
    const featured = await renumberFeatured(trx);
    if (service.featured) return { ok: false, status: 409, message: `Le service « ${service.name} » est déjà à la une.` };
    if (featured.length >= MAX_FEATURED) {
      return { ok: false, status: 409, message: `La page d’accueil montre ${MAX_FEATURED} services à la une au plus : retirez-en un avant d’ajouter « ${service.name} ».` };
    }
    const position = featured.length + 1;
    await setFeatured(trx, service.id, position);
    await recordAudit(trx, {
      actor,
      action: 'featured.add',
      subjectKind: 'service',
      subjectId: service.id,
      summary: `Mise à la une du service « ${service.name} » (position ${position})`,
      before: { featured: false, position: null },
      after: { featured: true, position },
    });
    return { ok: true };
  });
}

/** Takes a service off the featured list; the others close the gap. */
export async function removeFeatured(db: Db, serviceId: number, actor: AuditActor): Promise<FeaturedResult> {
  return db.transaction().execute(async (trx): Promise<FeaturedResult> => {
    await lockFeatured(trx);
    const featured = await renumberFeatured(trx);
    const index = featured.findIndex((row) => row.id === serviceId);
    if (index < 0) return { ok: false, status: 404, message: 'Ce service n’est pas à la une.' };
    const service = featured[index]!;
    await setFeatured(trx, service.id, null);
    await renumberFeatured(trx);
    await recordAudit(trx, {
      actor,
      action: 'featured.remove',
      subjectKind: 'service',
      subjectId: service.id,
      summary: `Retrait du service « ${service.name} » de la une`,
      before: { featured: true, position: index + 1 },
      after: { featured: false, position: null },
    });
    return { ok: true };
  });
}

/** Swaps a featured service with its neighbour above ('haut') or below ('bas'). */
export async function moveFeatured(db: Db, serviceId: number, direction: 'haut' | 'bas', actor: AuditActor): Promise<FeaturedResult> {
  return db.transaction().execute(async (trx): Promise<FeaturedResult> => {
    await lockFeatured(trx);
    const featured = await renumberFeatured(trx);
    const index = featured.findIndex((row) => row.id === serviceId);
    if (index < 0) return { ok: false, status: 404, message: 'Ce service n’est pas à la une.' };
    const target = direction === 'haut' ? index - 1 : index + 1;
    const service = featured[index]!;
    const neighbour = featured[target];
    if (!neighbour) return { ok: false, status: 409, message: `Le service « ${service.name} » est déjà ${direction === 'haut' ? 'en premier' : 'en dernier'}.` };
    await setFeatured(trx, service.id, target + 1);
    await setFeatured(trx, neighbour.id, index + 1);
    await recordAudit(trx, {
      actor,
      action: 'featured.move',
      subjectKind: 'service',
      subjectId: service.id,
      summary: `Service « ${service.name} » déplacé à la une de la position ${index + 1} à la position ${target + 1}`,
      before: { position: index + 1 },
      after: { position: target + 1 },
    });
    return { ok: true };
  });
}
