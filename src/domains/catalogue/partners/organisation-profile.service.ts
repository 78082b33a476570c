import { slugify as slugifyText } from '../../../platform/text/slug.js';
import type { Db } from '../../../platform/db/database.js';
import { formatNumber, plural } from '../../../platform/html/components.js';
import type { FieldErrors } from '../../../platform/html/forms.js';
import type { Viewer } from '../../../platform/http/access.plugin.js';
import { checkRateLimit, recordRateLimitHit } from '../../../platform/http/rate-limit.js';
import { recordAudit } from '../../../platform/audit/audit.repository.js';
import { deleteMediaFiles, mediaIdFromPath, type ProcessedImage, saveImage } from '../../../platform/media/index.js';
import type { Membership } from './membership.js';
import { lockOrganisation } from './members.repository.js';
import type { OrganisationRow } from '../catalogue.table.js';
import { findOrganisationBySlug, freeSlug, insertOrganisationWithOwner, type OrganisationFields, updateOrganisation } from './organisation-profile.repository.js';

export const MAX_DESCRIPTION_LENGTH = 5000;
export const MAX_NAME_LENGTH = 200;
/** Organisations an account may create per day. */
export const CREATIONS_PER_DAY = 5;

export type Result<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors; status?: number; message?: string };

/** What the organisation form sends, as typed. */
export interface OrganisationInput {
  name: string;
  kind: string;
  siret: string;
  website: string;
  description: string;
}

export const EMPTY_ORGANISATION_INPUT: OrganisationInput = { name: '', kind: '', siret: '', website: '', description: '' };

/** Only staff may describe an organisation as the operator. */
export const isStaff = (viewer: Viewer) => viewer.roles.includes('administrateur');

/** Line breaks as browsers send them count as one character; NUL cannot be stored. */
const normaliseText = (value: string) => value.replace(/\r\n?/g, '\n').replaceAll('\u0000', '').trim();
const length = (value: string) => [...value].length;

/**
 * A SIRET is 14 digits whose Luhn checksum is valid; La Poste's establishments (SIREN 356000000)
 * may follow another rule: the sum of their digits is a multiple of 5.
 */
export function isValidSiret(siret: string): boolean {
  if (!/^[0-9]{14}$/.test(siret)) return false;
  if (siret.startsWith('356000000') && [...siret].reduce((sum, digit) => sum + Number(digit), 0) % 5 === 0) return true;
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    let digit = Number(siret[13 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** An organisation name made into a URL slug: « Cité des Métiers » → « cite-des-metiers ». */
export function slugify(name: string): string {
  return slugifyText(name, { fallback: 'organisation' });
}

function validWebsite(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.includes('.') && !url.username && !url.password;
  } catch {
    return false;
  }
}

/**
 * Checks the organisation form. `currentKind` is the kind of an existing organisation: an owner
 * who is not staff keeps the operator kind as it is, and may not choose it.
 */
export function validateOrganisation(input: OrganisationInput, staff: boolean, currentKind?: string): Result<OrganisationFields> {
  const errors: FieldErrors = {};
  const name = normaliseText(input.name).replace(/\s+/g, ' ');
  if (!name) errors.name = 'Saisissez le nom de l’organisation.';
  else if (length(name) > MAX_NAME_LENGTH) errors.name = `Le nom compte ${formatNumber(length(name))} caractères : ${MAX_NAME_LENGTH} au maximum.`;

  let kind = input.kind.trim();
  if (currentKind === 'operateur' && !staff) kind = 'operateur';
  else if (!kind) errors.kind = 'Choisissez le type d’organisation.';
  else if (kind === 'operateur' && !staff) errors.kind = 'Seule l’équipe de l’Emploi Store peut désigner une organisation comme opérateur.';
  else if (!['operateur', 'partenaire-public', 'partenaire-prive'].includes(kind)) errors.kind = 'Choisissez « Partenaire public » ou « Partenaire privé ».';

  const siret = input.siret.replace(/[\s.]/g, '');
  if (siret && !/^[0-9]{14}$/.test(siret)) errors.siret = 'Le numéro SIRET compte 14 chiffres, par exemple 732 829 320 00074.';
  else if (siret && !isValidSiret(siret)) errors.siret = 'Ce numéro SIRET n’est pas valide (sa clé de contrôle est fausse) : vérifiez-le sur votre extrait Kbis ou l’annuaire des entreprises.';

  const website = input.website.trim();
  if (website && (website.length > 300 || !validWebsite(website))) errors.website = 'Saisissez l’adresse complète du site, commençant par https://, par exemple https://www.exemple.fr.';

  const description = normaliseText(input.description);
  if (length(description) > MAX_DESCRIPTION_LENGTH) {
    errors.description = `La présentation compte ${formatNumber(length(description))} caractères : ${formatNumber(MAX_DESCRIPTION_LENGTH)} au maximum. Raccourcissez-la de ${plural(length(description) - MAX_DESCRIPTION_LENGTH, 'caractère', 'caractères')}.`;
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, value: { name, kind, siret: siret || null, website: website || null, description } };
}

const creationBucket = (accountId: number) => `organisations:compte:${accountId}`;

/** Creates an organisation whose creator becomes its owner; the slug comes from the name. */
export async function createOrganisation(db: Db, viewer: Viewer, input: OrganisationInput): Promise<Result<{ id: number; slug: string }>> {
  const valid = validateOrganisation(input, isStaff(viewer));
  if (!valid.ok) return valid;
  const limit = await checkRateLimit(db, creationBucket(viewer.accountId), CREATIONS_PER_DAY, 86_400);
  if (!limit.allowed) {
    const hours = Math.ceil(limit.retryAfter / 3600);
    return { ok: false, errors: {}, status: 429, message: `Vous avez créé ${CREATIONS_PER_DAY} organisations en moins de 24 heures : réessayez dans ${hours > 1 ? `${hours} heures` : 'une heure'}. Vos saisies sont conservées ci-dessous.` };
  }
  const base = slugify(valid.value.name);
  // Two creations of the same name at once: the unique index refuses the second slug, try the next one.
  for (let attempt = 0; ; attempt++) {
    try {
      const created = await db.transaction().execute(async (trx) => insertOrganisationWithOwner(trx, await freeSlug(trx, base), valid.value, viewer.accountId));
      await recordRateLimitHit(db, creationBucket(viewer.accountId));
      return { ok: true, value: created };
    } catch (error) {
      if ((error as { code?: string }).code !== '23505' || attempt >= 4) throw error;
    }
  }
}

/** Saves the profile edited by an owner (or staff, audited). */
export async function updateOrganisationProfile(db: Db, viewer: Viewer, organisation: OrganisationRow, asStaff: boolean, input: OrganisationInput): Promise<Result<OrganisationFields>> {
  const valid = validateOrganisation(input, isStaff(viewer), organisation.kind);
  if (!valid.ok) return valid;
  await db.transaction().execute(async (trx) => {
    await updateOrganisation(trx, organisation.id, valid.value);
    if (asStaff) {
      const before = { name: organisation.name, kind: organisation.kind, website: organisation.website, siret: organisation.siret, description: organisation.description };
      await recordAudit(trx, {
        actor: { accountId: viewer.accountId, displayName: viewer.displayName },
        action: 'organisation.update',
        subjectKind: 'organisation',
        subjectId: organisation.id,
        summary: `Modification du profil de l’organisation « ${valid.value.name} »`,
        before,
        after: valid.value,
      });
    }
  });
  return valid;
}

/**
 * Sets (or removes, with null) the organisation's logo; the previous image is deleted with it,
 * in one transaction (an organisation's logo is its own: nothing else links to it).
 */
export async function replaceLogo(db: Db, viewer: Viewer, membership: Membership, image: ProcessedImage | null): Promise<string | null> {
  return db.transaction().execute(async (trx) => {
    // Two changes at once must not leave an image that nothing links to.
    await lockOrganisation(trx, membership.organisation.id);
    const current = await findOrganisationBySlug(trx, membership.organisation.slug);
    const stored = image ? await saveImage(trx, image, viewer.accountId) : null;
    const path = stored?.path ?? null;
    await updateOrganisation(trx, membership.organisation.id, { logo_path: path });
    const previous = mediaIdFromPath(current?.logo_path);
    if (previous) await deleteMediaFiles(trx, [previous]);
    if (membership.asStaff) {
      await recordAudit(trx, {
        actor: { accountId: viewer.accountId, displayName: viewer.displayName },
        action: image ? 'organisation.logo.update' : 'organisation.logo.remove',
        subjectKind: 'organisation',
        subjectId: membership.organisation.id,
        summary: `${image ? 'Nouveau logo' : 'Retrait du logo'} de l’organisation « ${membership.organisation.name} »`,
        before: { logo: current?.logo_path ?? null },
        after: { logo: path },
      });
    }
    return path;
  });
}
