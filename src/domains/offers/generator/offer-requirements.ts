import type { FeedOffer } from './feed-offer.js';
import type { Prng } from './prng.js';

/**
 * What a synthetic offer asks of the candidate and says of the employer beyond the job itself:
 * formations (their level follows the qualification), driving licences (mostly for driving and
 * home-care jobs), the handi-engaged employer flag (the same for every offer of an employer) and
 * the recruitment by simulation (agency offers for beginners, mostly).
 */

/** niveauxFormations labels as the agency writes them, by code. */
const LEVEL_LABELS: Record<string, string> = {
  AFS: 'Aucune formation scolaire',
  CFG: '4ème achevée',
  C3A: 'BEPC ou 3ème achevée',
  NV5: 'CAP, BEP et équivalents',
  NV4: 'Bac ou équivalent',
  NV3: 'Bac+2 ou équivalents',
  NV2: 'Bac+3, Bac+4 ou équivalents',
  NV1: 'Bac+5 et plus ou équivalents',
};
/** The shorter ways partners write some levels (the import reads them too). */
const PARTNER_LEVEL_LABELS: Record<string, string> = { NV5: 'CAP / BEP', NV4: 'Bac', NV3: 'Bac +2', NV2: 'Bac +3', NV1: 'Master' };

type Weighted = readonly (readonly [string, number])[];
/** By qualification code: the chance of asking for a formation, and the levels asked. */
const LEVELS_BY_QUALIFICATION: Record<string, { chance: number; levels: Weighted }> = {
  '1': { chance: 0.1, levels: [['AFS', 5], ['CFG', 3], ['NV5', 2]] },
  '2': { chance: 0.15, levels: [['AFS', 3], ['CFG', 3], ['C3A', 2], ['NV5', 4]] },
  '3': { chance: 0.35, levels: [['NV5', 7], ['NV4', 3]] },
  '4': { chance: 0.4, levels: [['NV5', 6], ['NV4', 4]] },
  '5': { chance: 0.15, levels: [['AFS', 3], ['C3A', 3], ['NV5', 4]] },
  '6': { chance: 0.35, levels: [['NV5', 45], ['NV4', 45], ['NV3', 10]] },
  '7': { chance: 0.55, levels: [['NV3', 6], ['NV4', 3], ['NV2', 1]] },
  '8': { chance: 0.45, levels: [['NV3', 5], ['NV4', 3], ['NV2', 2]] },
  '9': { chance: 0.7, levels: [['NV1', 6], ['NV2', 4]] },
};

/** Formation domains by ROME grand domaine. */
const FORMATION_DOMAINS: Record<string, readonly string[]> = {
  A: ['Horticulture', 'Aménagement paysager', 'Agriculture'], B: ['Arts appliqués', 'Métiers d’art'], C: ['Banque assurance', 'Immobilier'],
  D: ['Commerce', 'Vente', 'Boulangerie pâtisserie'], E: ['Communication', 'Journalisme'], F: ['Bâtiment', 'Électricité', 'Génie civil'],
  G: ['Hôtellerie restauration', 'Cuisine', 'Tourisme'], H: ['Mécanique', 'Productique', 'Plasturgie'], I: ['Maintenance industrielle', 'Électrotechnique'],
  J: ['Aide-soignant', 'Soins infirmiers', 'Pharmacie'], K: ['Sanitaire et social', 'Petite enfance', 'Sécurité'], L: ['Spectacle vivant', 'Audiovisuel'],
  M: ['Gestion', 'Comptabilité', 'Informatique', 'Secrétariat assistanat'], N: ['Transport logistique', 'Conduite routière'],
};

/** Chance of asking for a car licence, by ROME grand domaine (domain N draws its own licences). */
const CAR_LICENCE_CHANCE: Record<string, number> = { K: 0.3, F: 0.25, I: 0.3, A: 0.2, C: 0.15, D: 0.05 };
const CAR_LICENCE = 'B - Véhicule léger';

/** FNV-1a: the same employer name gives the same number (so the same flag) on every offer. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export interface RequirementsInput {
  domain: string;
  qualification: string;
  /** The employer's name, null when the offer keeps it confidential. */
  employer: string | null;
  adapted: boolean;
  beginner: boolean;
  partner: boolean;
}

/** Formations, extra licences and the two flags; drawn the same way for every source (only their wording depends on it). */
export function addRequirements(offer: FeedOffer, prng: Prng, input: RequirementsInput): void {
  const profile = LEVELS_BY_QUALIFICATION[input.qualification] ?? LEVELS_BY_QUALIFICATION['6']!;
  const formation = prng.chance(profile.chance);
  const level = prng.weighted(profile.levels);
  const domain = prng.pick(FORMATION_DOMAINS[input.domain] ?? FORMATION_DOMAINS.M!);
  const required = prng.chance(0.5);
  const shortLabel = prng.chance(0.3);
  if (formation) {
    const label = input.partner && shortLabel ? (PARTNER_LEVEL_LABELS[level] ?? LEVEL_LABELS[level]!) : LEVEL_LABELS[level]!;
    offer.formations = [{ ...(level === 'AFS' || level === 'CFG' || level === 'C3A' ? {} : { domaineLibelle: domain }), niveauLibelle: label, exigence: required ? 'E' : 'S' }];
  }
  const car = prng.chance(CAR_LICENCE_CHANCE[input.domain] ?? 0.03);
  if (car && !offer.permis) offer.permis = [{ libelle: CAR_LICENCE, exigence: prng.chance(0.6) ? 'E' : 'S' }];
  offer.employeurHandiEngage = input.adapted || (input.employer !== null && hash(input.employer) % 100 < 4);
  const mrs = prng.chance(input.beginner ? 0.06 : 0.015);
  // The agency runs the recruitment by simulation: partner boards do not say so.
  if (mrs && !input.partner) offer.offresMRS = true;
}
