/**
 * A record of a partner feed: the `Offre` object of the "Offres d'emploi v2" API, where `id` is
 * the source's own (external) id, plus `dateFin` (the end of publication) when the source gives it.
 * Absent values are omitted, never null. Malformed records may lack required fields.
 */
export interface FeedOffer {
  id?: string;
  intitule?: string;
  description?: string;
  dateCreation?: string;
  dateActualisation?: string;
  dateFin?: string;
  lieuTravail?: { libelle?: string; latitude?: number; longitude?: number; codePostal?: string; commune?: string };
  romeCode?: string;
  romeLibelle?: string;
  appellationlibelle?: string;
  entreprise?: { nom?: string; description?: string; url?: string; entrepriseAdaptee?: boolean };
  typeContrat?: string;
  typeContratLibelle?: string;
  natureContrat?: string;
  experienceExige?: string;
  experienceLibelle?: string;
  experienceCommentaire?: string;
  formations?: { codeFormation?: string; domaineLibelle?: string; niveauLibelle?: string; commentaire?: string; exigence?: 'E' | 'S' }[];
  langues?: { libelle: string; exigence?: 'E' | 'S' }[];
  permis?: { libelle: string; exigence?: 'E' | 'S' }[];
  competences?: { code?: string; libelle: string; exigence?: 'E' | 'S' }[];
  salaire?: { libelle?: string; commentaire?: string; complement1?: string; complement2?: string };
  dureeTravailLibelle?: string;
  dureeTravailLibelleConverti?: string;
  alternance?: boolean;
  contact?: { nom?: string; coordonnees1?: string; courriel?: string; telephone?: string; urlPostulation?: string };
  nombrePostes?: number;
  accessibleTH?: boolean;
  qualificationCode?: string;
  qualificationLibelle?: string;
  codeNAF?: string;
  secteurActivite?: string;
  secteurActiviteLibelle?: string;
  qualitesProfessionnelles?: { libelle: string; description?: string }[];
  trancheEffectifEtab?: string;
  origineOffre?: { origine: '1' | '2'; urlOrigine?: string; partenaires?: { nom: string; url?: string }[] };
  offresManqueCandidats?: boolean;
  /** The employer is committed to hiring disabled people (as the agency writes it). */
  employeurHandiEngage?: boolean;
  /** Extension of the feed: recruitment by simulation (méthode de recrutement par simulation). */
  offresMRS?: boolean;
}

/** A source the generator publishes for: the agency itself or a partner job board. */
export interface GeneratorSource {
  slug: string;
  name: string;
  kind: 'agence' | 'partenaire';
  /** The board's site, for `urlOrigine` and the partner's link. */
  url: string;
}

export type MalformationKind = 'missing-id' | 'missing-title' | 'bad-contract' | 'bad-date' | 'unknown-commune';
export const MALFORMATION_KINDS: readonly MalformationKind[] = ['missing-id', 'missing-title', 'bad-contract', 'bad-date', 'unknown-commune'];

/** One generated record and what it is (for the tests and the summary). */
export interface GeneratedRecord {
  source: string;
  offer: FeedOffer;
  kind: 'original' | 'duplicate' | 'malformed';
  /** For a duplicate: the source and external id of the offer it republishes. */
  duplicateOf?: { source: string; id: string };
  malformation?: MalformationKind;
}
