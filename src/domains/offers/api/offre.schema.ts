/**
 * JSON Schemas of the « Offres d'emploi v2 » answers (OpenAPI document and serialisation: a
 * property missing here would be dropped from the answer). No property is nullable: absent values
 * are omitted.
 */
const text = (description: string, examples?: string[]) => ({ type: 'string', description, ...(examples ? { examples } : {}) }) as const;
const flag = (description: string) => ({ type: 'boolean', description }) as const;
const requirement = { type: 'string', enum: ['E', 'S'], description: 'E : exigé ; S : souhaité.' } as const;
const object = (description: string, properties: Record<string, object>, required?: string[]) =>
  ({ type: 'object', description, additionalProperties: false, ...(required ? { required } : {}), properties }) as const;
const list = (description: string, items: object) => ({ type: 'array', description, items }) as const;

export const offreSchema = object(
  'Une offre d’emploi. Les valeurs inconnues sont absentes (jamais null).',
  {
    id: text('Identifiant de l’offre : 7 chiffres ou lettres majuscules.', ['048XKLM']),
    intitule: text('Intitulé du poste.', ['Boulanger / Boulangère (H/F)']),
    description: text('Description du poste et du profil.'),
    dateCreation: { type: 'string', format: 'date-time', description: 'Date de création, ISO 8601 UTC avec millisecondes.', examples: ['2026-02-19T16:50:45.422Z'] },
    dateActualisation: { type: 'string', format: 'date-time', description: 'Date de la dernière mise à jour, ISO 8601 UTC.' },
    lieuTravail: object('Lieu de travail.', {
      libelle: text('Libellé du lieu, par exemple « 75 - Paris 11e Arrondissement ».'),
      latitude: { type: 'number', minimum: -90, maximum: 90 },
      longitude: { type: 'number', minimum: -180, maximum: 180 },
      codePostal: text('Code postal.', ['75011']),
      commune: text('Code INSEE de la commune.', ['75111']),
    }),
    romeCode: text('Code ROME du métier.', ['D1102']),
    romeLibelle: text('Libellé de la fiche métier ROME.'),
    appellationlibelle: text('Appellation (code OGR) du poste.'),
    entreprise: object('L’employeur.', {
      nom: text('Nom.'),
      description: text('Présentation.'),
      logo: text('Adresse du logo.'),
      url: text('Site de l’employeur.'),
      entrepriseAdaptee: flag('Entreprise adaptée (emploi de travailleurs handicapés).'),
    }),
    typeContrat: text('Code du type de contrat (référentiel typesContrats).', ['CDD']),
    typeContratLibelle: text('Libellé du type de contrat, avec sa durée.', ['Contrat à durée déterminée - 6 Mois']),
    natureContrat: text('Libellé de la nature du contrat (référentiel naturesContrats).', ['Contrat travail']),
    experienceExige: { type: 'string', enum: ['D', 'S', 'E'], description: 'D : débutant accepté ; S : expérience souhaitée ; E : expérience exigée.' },
    experienceLibelle: text('Expérience demandée.', ['2 An(s)']),
    experienceCommentaire: text('Précisions sur l’expérience.'),
    formations: list(
      'Formations demandées.',
      object('Une formation.', { codeFormation: text('Code du domaine de formation.'), domaineLibelle: text('Domaine.'), niveauLibelle: text('Niveau.'), commentaire: text('Précisions.'), exigence: requirement }),
    ),
    langues: list('Langues demandées.', object('Une langue.', { libelle: text('Langue.'), exigence: requirement }, ['libelle'])),
    permis: list('Permis demandés.', object('Un permis.', { libelle: text('Permis.'), exigence: requirement }, ['libelle'])),
    competences: list('Compétences demandées.', object('Une compétence.', { code: text('Code de la compétence (ROME).'), libelle: text('Compétence.'), exigence: requirement }, ['libelle'])),
    salaire: object(
      'Salaire : les textes de l’offre, et en plus de l’API d’origine ses bornes numériques quand elles sont connues (min, max : euros bruts par mois ; periode : M).',
      {
        libelle: text('Salaire tel que l’offre l’écrit.', ['Mensuel de 2000.00 Euros à 2300.00 Euros sur 12 mois']),
        commentaire: text('Commentaire.'),
        complement1: text('Complément (avantage).'),
        complement2: text('Second complément.'),
        min: { type: 'number', minimum: 0, description: 'Extension : salaire minimum connu, en euros bruts mensuels.' },
        max: { type: 'number', minimum: 0, description: 'Extension : salaire maximum connu, en euros bruts mensuels.' },
        periode: { type: 'string', enum: ['M'], description: 'Extension : période des bornes min et max (M : mensuel).' },
      },
    ),
    dureeTravailLibelle: text('Durée du travail.', ['35H Horaires normaux']),
    dureeTravailLibelleConverti: text('Temps plein ou Temps partiel.', ['Temps plein']),
    alternance: flag('Offre en alternance.'),
    contact: object('Comment postuler.', {
      nom: text('Nom du contact.'),
      coordonnees1: text('Adresse, ligne 1.'),
      coordonnees2: text('Adresse, ligne 2.'),
      coordonnees3: text('Adresse, ligne 3.'),
      telephone: text('Téléphone.'),
      courriel: text('Adresse électronique ou indication pour l’obtenir.'),
      commentaire: text('Précisions.'),
      urlPostulation: text('Adresse pour postuler en ligne.'),
    }),
    nombrePostes: { type: 'integer', minimum: 1, description: 'Nombre de postes.' },
    accessibleTH: flag('Accessible aux travailleurs handicapés.'),
    qualificationCode: text('Code de qualification (9 : cadre).', ['6']),
    qualificationLibelle: text('Qualification.', ['Employé qualifié']),
    codeNAF: text('Code NAF de l’établissement.', ['10.71C']),
    secteurActivite: text('Division NAF (référentiel secteursActivites).', ['10']),
    secteurActiviteLibelle: text('Secteur d’activité.'),
    qualitesProfessionnelles: list('Qualités professionnelles.', object('Une qualité.', { libelle: text('Qualité.'), description: text('Description.') }, ['libelle'])),
    trancheEffectifEtab: text('Tranche d’effectif de l’établissement.'),
    origineOffre: object('Origine de l’offre.', {
      origine: { type: 'string', enum: ['1', '2'], description: '1 : l’agence ; 2 : un site partenaire.' },
      urlOrigine: text('Adresse de l’offre d’origine.'),
      partenaires: list(
        'Les sites partenaires qui publient l’offre (dédoublonnée).',
        object('Un partenaire.', { nom: text('Nom du site.'), url: text('Adresse de l’offre sur ce site.'), logo: text('Logo du site.') }, ['nom']),
      ),
    }),
    offresManqueCandidats: flag('Offre difficile à pourvoir.'),
    employeurHandiEngage: flag('Employeur handi-engagé : il s’engage en faveur de l’emploi des personnes handicapées.'),
    offresMRS: flag('Extension : le recrutement se fait par la méthode de recrutement par simulation (MRS).'),
  },
  [
    'id', 'intitule', 'dateCreation', 'dateActualisation', 'typeContrat', 'typeContratLibelle', 'alternance', 'nombrePostes', 'origineOffre',
    'offresManqueCandidats', 'employeurHandiEngage', 'offresMRS',
  ],
);

export const searchResultSchema = object('Une page de résultats.', {
  resultats: list('Les offres de la plage demandée.', offreSchema),
  filtresPossibles: list(
    'Pour chaque filtre, le nombre d’offres de chaque valeur (compté sans le filtre lui-même).',
    object(
      'Un filtre.',
      {
        filtre: { type: 'string', enum: ['typeContrat', 'experience', 'qualification', 'natureContrat'] },
        agregation: list('Les valeurs.', object('Une valeur.', { valeurPossible: { type: 'string' }, nbResultats: { type: 'integer', minimum: 0 } }, ['valeurPossible', 'nbResultats'])),
      },
      ['filtre', 'agregation'],
    ),
  ),
  curseurSuivant: text('Extension : curseur de la page suivante (à passer dans le paramètre curseur) ; absent sur la dernière page.'),
}, ['resultats', 'filtresPossibles']);

export const referentielSchema = list(
  'Les entrées du référentiel.',
  object(
    'Une entrée : son code et son libellé ; pour les communes, le code postal et le département, pour les départements la région, pour les pays le continent.',
    {
      code: { type: 'string' },
      libelle: { type: 'string' },
      codePostal: { type: 'string' },
      codeDepartement: { type: 'string' },
      codeRegion: { type: 'string' },
      codeContinent: { type: 'string' },
    },
    ['code', 'libelle'],
  ),
);

export const expiredSchema = object(
  'L’offre a expiré : elle n’est plus proposée, sa date d’expiration est donnée.',
  {
    codeHttp: { type: 'integer', examples: [410] },
    message: { type: 'string' },
    codeErreur: { type: 'string', examples: ['OFFER_EXPIRED'] },
    dateExpiration: { type: 'string', format: 'date-time', description: 'Date d’expiration, ISO 8601 UTC.' },
  },
  ['codeHttp', 'message', 'codeErreur', 'dateExpiration'],
);
