/**
 * Word lists for the generated catalogue: French names, pitches and descriptions composed from
 * the vocabulary of the portal (métiers, formation, CV, entretien, reconversion, alternance,
 * numérique, international…). Everything is invented; websites use the `.example` domain.
 */
import type { ServiceType, ThemeSlug } from '../../src/domains/catalogue/catalogue.vocabulary.js';

export interface Topic {
  /** What the service helps with, after a verb: "son CV". */
  object: string;
  /** Infinitives that fit the object: "Rédiger", "Améliorer". */
  verbs: readonly string[];
  /** A short word for brand-like names: "CV". */
  keyword: string;
}

export interface ThemeVocabulary {
  topics: readonly Topic[];
  /** List items of "Ce que vous y trouverez". */
  features: readonly string[];
}

export const THEME_VOCABULARY: Record<ThemeSlug, ThemeVocabulary> = {
  'choisir-un-metier': {
    topics: [
      { object: 'son projet professionnel', verbs: ['Construire', 'Définir', 'Valider', 'Clarifier'], keyword: 'Projet' },
      { object: 'un métier qui recrute', verbs: ['Découvrir', 'Choisir', 'Trouver'], keyword: 'Métiers' },
      { object: 'sa reconversion professionnelle', verbs: ['Réussir', 'Préparer', 'Organiser', 'Sécuriser'], keyword: 'Reconversion' },
      { object: 'les métiers de demain', verbs: ['Explorer', 'Découvrir', 'Comprendre'], keyword: 'Avenir' },
      { object: 'ses compétences transférables', verbs: ['Identifier', 'Valoriser', 'Évaluer'], keyword: 'Compétences' },
      { object: 'ses intérêts professionnels', verbs: ['Tester', 'Identifier', 'Révéler'], keyword: 'Orientation' },
      { object: 'une immersion en entreprise', verbs: ['Trouver', 'Préparer', 'Réussir'], keyword: 'Immersion' },
      { object: 'un bilan de compétences', verbs: ['Réaliser', 'Préparer', 'Financer'], keyword: 'Bilan' },
    ],
    features: [
      'des fiches métiers détaillées : missions, salaires, conditions de travail et débouchés',
      "un test d'intérêts professionnels en une vingtaine de questions",
      'des vidéos de professionnels qui racontent leur quotidien',
      'une carte des métiers qui recrutent près de chez vous',
      "des parcours d'immersion pour tester un métier avant de vous engager",
      'une synthèse de vos points forts à partager avec votre conseiller',
      'des témoignages de personnes en reconversion',
    ],
  },
  'se-former': {
    topics: [
      { object: 'une formation qualifiante', verbs: ['Trouver', 'Choisir', 'Financer', 'Suivre'], keyword: 'Formation' },
      { object: 'une alternance', verbs: ['Trouver', 'Décrocher', 'Préparer', 'Réussir'], keyword: 'Alternance' },
      { object: 'son compte personnel de formation', verbs: ['Utiliser', 'Mobiliser', 'Comprendre'], keyword: 'CPF' },
      { object: "une validation des acquis de l'expérience", verbs: ['Préparer', 'Réussir', 'Engager'], keyword: 'VAE' },
      { object: 'les compétences numériques', verbs: ['Acquérir', 'Maîtriser', 'Développer'], keyword: 'Numérique' },
      { object: 'une langue étrangère', verbs: ['Apprendre', 'Perfectionner', 'Pratiquer'], keyword: 'Langues' },
      { object: 'un titre professionnel', verbs: ['Préparer', 'Obtenir', 'Viser'], keyword: 'Titre pro' },
      { object: "un contrat d'apprentissage", verbs: ['Trouver', 'Signer', 'Préparer'], keyword: 'Apprentissage' },
      { object: 'les bases de la bureautique', verbs: ['Apprendre', 'Réviser', 'Maîtriser'], keyword: 'Bureautique' },
    ],
    features: [
      'un moteur de recherche de formations filtrable par lieu, durée et financement',
      'des modules courts en vidéo, accessibles sur ordinateur et sur mobile',
      'des quiz pour vérifier vos acquis à la fin de chaque chapitre',
      'une attestation de suivi téléchargeable',
      'un simulateur de financement (CPF, aides régionales, employeur)',
      "des offres de contrats d'apprentissage et de professionnalisation",
      "un forum d'entraide animé par des formateurs",
      'des exercices pratiques corrigés',
    ],
  },
  'preparer-sa-candidature': {
    topics: [
      { object: 'son CV', verbs: ['Rédiger', 'Améliorer', 'Mettre à jour', 'Valoriser'], keyword: 'CV' },
      { object: 'sa lettre de motivation', verbs: ['Rédiger', 'Personnaliser', 'Relire'], keyword: 'Lettre' },
      { object: "son entretien d'embauche", verbs: ['Préparer', 'Réussir', 'Simuler'], keyword: 'Entretien' },
      { object: 'son profil en ligne', verbs: ['Soigner', 'Optimiser', 'Compléter'], keyword: 'Profil' },
      { object: 'son pitch de présentation', verbs: ['Travailler', 'Préparer', 'Répéter'], keyword: 'Pitch' },
      { object: 'les questions difficiles du recruteur', verbs: ['Anticiper', 'Préparer', 'Maîtriser'], keyword: 'Recruteur' },
      { object: 'son portfolio', verbs: ['Construire', 'Présenter', 'Mettre en valeur'], keyword: 'Portfolio' },
      { object: 'un entretien en visioconférence', verbs: ['Réussir', 'Préparer', 'Aborder'], keyword: 'Visio' },
    ],
    features: [
      "des modèles de CV adaptés à chaque secteur et lisibles par les logiciels de recrutement",
      "un simulateur d'entretien avec des questions posées par de vrais recruteurs",
      'des conseils personnalisés sur votre lettre de motivation',
      'une analyse de votre CV en quelques secondes',
      'des vidéos de mise en situation commentées',
      'une liste des erreurs à éviter, vérifiée par des conseillers',
      'un export en PDF prêt à envoyer',
    ],
  },
  'trouver-un-emploi': {
    topics: [
      { object: "des offres d'emploi", verbs: ['Consulter', 'Trouver', 'Comparer'], keyword: 'Offres' },
      { object: 'le marché caché', verbs: ['Explorer', 'Accéder à', 'Décrypter'], keyword: 'Réseau' },
      { object: 'son réseau professionnel', verbs: ['Développer', 'Activer', 'Entretenir'], keyword: 'Réseau' },
      { object: 'un emploi près de chez soi', verbs: ['Trouver', 'Décrocher', 'Chercher'], keyword: 'Proximité' },
      { object: 'un emploi saisonnier', verbs: ['Trouver', 'Décrocher', 'Préparer'], keyword: 'Saison' },
      { object: "une mission d'intérim", verbs: ['Trouver', 'Enchaîner', 'Décrocher'], keyword: 'Intérim' },
      { object: 'ses candidatures spontanées', verbs: ['Organiser', 'Envoyer', 'Cibler'], keyword: 'Candidatures' },
      { object: 'sa recherche d\'emploi', verbs: ['Organiser', 'Relancer', 'Structurer'], keyword: 'Emploi' },
      { object: 'un premier emploi', verbs: ['Décrocher', 'Trouver', 'Viser'], keyword: 'Premier job' },
    ],
    features: [
      "des alertes sur les nouvelles offres d'emploi qui correspondent à votre profil",
      'une carte des entreprises qui recrutent autour de chez vous',
      'un tableau de bord pour suivre vos candidatures et vos relances',
      'des conseils pour activer votre réseau, en ligne comme dans la vie',
      'des salons de recrutement en ligne',
      "la liste des entreprises qui recrutent sans CV",
      'des informations sur les salaires pratiqués dans votre région',
    ],
  },
  'creer-son-entreprise': {
    topics: [
      { object: 'son business plan', verbs: ['Construire', 'Rédiger', 'Tester'], keyword: 'Business plan' },
      { object: 'le financement de son projet', verbs: ['Obtenir', 'Préparer', 'Trouver'], keyword: 'Financement' },
      { object: 'son statut de micro-entrepreneur', verbs: ['Choisir', 'Comprendre', 'Déclarer'], keyword: 'Statut' },
      { object: 'ses premiers clients', verbs: ['Trouver', 'Convaincre', 'Fidéliser'], keyword: 'Clients' },
      { object: 'son étude de marché', verbs: ['Réaliser', 'Conduire', 'Réussir'], keyword: 'Marché' },
      { object: "la reprise d'une entreprise", verbs: ['Préparer', 'Financer', 'Réussir'], keyword: 'Reprise' },
      { object: 'sa comptabilité', verbs: ['Tenir', 'Simplifier', 'Organiser'], keyword: 'Compta' },
      { object: 'son entreprise', verbs: ['Créer', 'Lancer', 'Développer'], keyword: 'Entreprendre' },
    ],
    features: [
      'un simulateur de charges sociales et de revenus',
      'des modèles de prévisionnel financier à compléter',
      "la liste des aides à la création et à la reprise d'entreprise",
      'des témoignages de créatrices et de créateurs',
      'un accompagnement par des bénévoles expérimentés',
      'des fiches pratiques sur les formalités et les statuts juridiques',
      'un annuaire des réseaux d\'accompagnement de votre territoire',
    ],
  },
  'travailler-a-l-international': {
    topics: [
      { object: "un emploi à l'étranger", verbs: ['Trouver', 'Préparer', 'Décrocher'], keyword: 'International' },
      { object: 'un volontariat international', verbs: ['Trouver', 'Préparer', 'Postuler à'], keyword: 'Volontariat' },
      { object: 'un stage en Europe', verbs: ['Trouver', 'Financer', 'Préparer'], keyword: 'Europe' },
      { object: 'son CV en anglais', verbs: ['Rédiger', 'Traduire', 'Adapter'], keyword: 'CV anglais' },
      { object: 'la reconnaissance de ses diplômes', verbs: ['Obtenir', 'Demander', 'Comprendre'], keyword: 'Diplômes' },
      { object: 'un visa vacances-travail', verbs: ['Obtenir', 'Préparer', 'Demander'], keyword: 'Visa' },
      { object: 'son expatriation', verbs: ['Préparer', 'Organiser', 'Réussir'], keyword: 'Expatriation' },
      { object: 'son retour en France', verbs: ['Préparer', 'Organiser', 'Anticiper'], keyword: 'Retour' },
    ],
    features: [
      'des offres d\'emploi et de stage dans toute l\'Europe',
      'des fiches pays : marché du travail, démarches, coût de la vie',
      'des modèles de CV et de lettres dans plusieurs langues',
      'des conseils pour faire reconnaître vos diplômes et vos qualifications',
      'un guide des visas et des autorisations de travail',
      'des témoignages de Français installés à l\'étranger',
      'des webinaires avec des conseillers en mobilité internationale',
    ],
  },
};

export const SECTORS = [
  'du numérique',
  'de la santé',
  "de l'aide à domicile",
  'de la logistique',
  'du bâtiment',
  "de l'hôtellerie-restauration",
  'du commerce',
  "de l'industrie",
  'du transport',
  "de l'agriculture",
  'de la petite enfance',
  "de l'énergie",
  "de l'environnement",
  'de la cybersécurité',
  'de la comptabilité',
  'du tourisme',
  'de la banque et de l\'assurance',
  'de la boulangerie',
  "de l'aéronautique",
  'de la culture',
  'du sport et de l\'animation',
  'de la sécurité',
  'de la propreté',
  'du marketing',
] as const;

export const PLACES = [
  'en Bretagne',
  'en Occitanie',
  'dans le Grand Est',
  'en Île-de-France',
  'dans les Hauts-de-France',
  'en Nouvelle-Aquitaine',
  'en Auvergne-Rhône-Alpes',
  'en Normandie',
  'en Provence-Alpes-Côte d\'Azur',
  'en Bourgogne-Franche-Comté',
  'en Centre-Val de Loire',
  'dans les Pays de la Loire',
  'en Corse',
  'à La Réunion',
  'en Guyane',
  'en Martinique',
  'en Guadeloupe',
  'à Mayotte',
] as const;

export const COUNTRIES = ['Canada', 'Allemagne', 'Québec', 'Espagne', 'Irlande', 'Australie', 'Belgique', 'Suisse', 'Royaume-Uni', 'Italie', 'Luxembourg', 'Pays-Bas', 'Japon', 'Nouvelle-Zélande'] as const;

/** Topics of services addressed to employers, each under the theme it belongs to. */
export const EMPLOYER_TOPICS: readonly (Topic & { theme: ThemeSlug })[] = [
  { theme: 'trouver-un-emploi', object: 'ses recrutements', verbs: ['Organiser', 'Simplifier', 'Accélérer'], keyword: 'Recrutement' },
  { theme: 'trouver-un-emploi', object: "une offre d'emploi attractive", verbs: ['Rédiger', 'Publier', 'Diffuser'], keyword: 'Offre' },
  { theme: 'trouver-un-emploi', object: 'des candidats près de chez soi', verbs: ['Trouver', 'Repérer', 'Contacter'], keyword: 'Vivier' },
  { theme: 'se-former', object: 'un alternant', verbs: ['Recruter', 'Accueillir', 'Former'], keyword: 'Alternance' },
  { theme: 'se-former', object: 'les compétences de ses salariés', verbs: ['Développer', 'Évaluer', 'Anticiper'], keyword: 'Compétences' },
  { theme: 'preparer-sa-candidature', object: 'ses entretiens de recrutement', verbs: ['Structurer', 'Préparer', 'Conduire'], keyword: 'Entretien' },
  { theme: 'creer-son-entreprise', object: 'son premier salarié', verbs: ['Embaucher', 'Recruter', 'Accueillir'], keyword: 'Premier salarié' },
  { theme: 'travailler-a-l-international', object: 'des talents étrangers', verbs: ['Recruter', 'Accueillir', 'Attirer'], keyword: 'Talents' },
];

/** A sentence about how each type of service works. */
export const TYPE_DETAILS: Record<ServiceType, readonly string[]> = {
  mooc: [
    'Chaque semaine, des vidéos courtes, des exercices et des échanges avec les autres participants vous font progresser.',
    'Les sessions ouvrent plusieurs fois par an ; comptez environ deux heures de travail par semaine.',
  ],
  'e-learning': [
    'Les modules durent de dix à vingt minutes et se suivent dans l\'ordre de votre choix.',
    'Votre progression est enregistrée : vous reprenez là où vous vous étiez arrêté.',
  ],
  'serious-game': [
    'Vous incarnez un personnage face à des situations réalistes et vos choix ont des conséquences.',
    'Chaque partie dure une vingtaine de minutes et se termine par un bilan personnalisé.',
  ],
  simulateur: [
    'Vous renseignez votre situation et le simulateur calcule un résultat en quelques secondes.',
    'Les calculs reposent sur les règles en vigueur, mises à jour à chaque évolution de la réglementation.',
  ],
  'application-mobile': [
    'Téléchargez l\'application, créez votre profil et recevez des notifications adaptées à votre situation.',
    "L'application fonctionne aussi hors connexion pour consulter vos contenus enregistrés.",
  ],
  'site-web': [
    'Le site est accessible sans inscription ; un compte vous permet d\'enregistrer vos recherches.',
    'Les contenus sont rédigés par des conseillers et relus par des professionnels du secteur.',
  ],
  'application-api': [
    "Les données proviennent des API de Pôle emploi et sont actualisées chaque jour.",
    'Le service croise les offres, les formations et les statistiques du marché du travail.',
  ],
};

export const BRANDS = [
  'Cap',
  'Tremplin',
  'Boussole',
  'Déclic',
  'Envol',
  'Horizon',
  'Passerelle',
  'Trajectoire',
  'Atout',
  'Agora',
  'Sésame',
  'Relais',
  'Phare',
  'Cible',
  'Pivot',
  'Rebond',
  'Étincelle',
  'Socle',
  'Essor',
  'Azimut',
  'Odyssée',
  'Vigie',
  'Nova',
  'Opale',
  'Boréal',
  'Alizé',
  'Kiosque',
  'Sillage',
  'Vivier',
  'Cordée',
] as const;

export const QUALIFIERS = ['en ligne', 'pas à pas', 'express', 'pour les jeunes', 'pour les seniors', 'après 45 ans', 'en 10 minutes', 'en équipe', 'sans diplôme', 'avec un conseiller'] as const;

export const COMPLEMENTS = [
  'à votre rythme',
  'en quelques minutes',
  'avec l\'aide de conseillers',
  "grâce à l'intelligence artificielle",
  'sans prérequis',
  'depuis votre smartphone',
  'avec des exercices pratiques',
  'grâce aux témoignages de professionnels',
  'en vous appuyant sur des données à jour',
  'avec un accompagnement personnalisé',
  'en toute confidentialité',
] as const;

export const TYPE_PHRASES: Record<ServiceType, readonly string[]> = {
  mooc: ['Un MOOC gratuit de quatre semaines', 'Un cours en ligne ouvert à tous', 'Un MOOC en six modules'],
  'e-learning': ["Des modules d'e-learning courts", 'Un parcours de formation en ligne', 'Des leçons interactives'],
  'serious-game': ['Un jeu sérieux', 'Un jeu de rôle en ligne', 'Un jeu de mise en situation'],
  simulateur: ['Un simulateur en ligne', 'Un outil de simulation', 'Un simulateur interactif'],
  'application-mobile': ['Une application mobile', 'Une application gratuite pour smartphone', 'Une application'],
  'site-web': ['Un site', 'Une plateforme en ligne', 'Un service en ligne'],
  'application-api': ['Un service construit sur les API de Pôle emploi', 'Un outil qui exploite les données ouvertes de Pôle emploi', 'Une application branchée sur les API de Pôle emploi'],
};

export const TYPE_PREFIXES: Record<ServiceType, readonly string[]> = {
  mooc: ['MOOC', 'Cours en ligne'],
  'e-learning': ['Parcours', 'Formation en ligne', 'Module'],
  'serious-game': ['Jeu', 'Défi'],
  simulateur: ['Simulateur', 'Calculateur'],
  'application-mobile': ['Appli', 'Mon'],
  'site-web': ['Portail', 'Espace'],
  'application-api': ['Observatoire', 'Radar'],
};

export const GENERIC_FEATURES = [
  'des vidéos courtes et sous-titrées',
  'des fiches pratiques à télécharger',
  'des quiz pour vous entraîner',
  'un espace personnel pour retrouver votre progression',
  'des conseils de recruteurs et de conseillers en évolution professionnelle',
  'une aide en ligne du lundi au vendredi',
  'une version accessible aux personnes malvoyantes',
] as const;

export const AUDIENCE_SENTENCES = {
  candidats: [
    "Il s'adresse aux demandeurs d'emploi, aux salariés en reconversion et aux jeunes qui entrent dans la vie active.",
    "Pensé pour les candidats, il ne demande aucun prérequis : une connexion à Internet suffit.",
    'Il accompagne les personnes en recherche d\'emploi, quel que soit leur niveau de qualification.',
  ],
  entreprises: [
    'Il s\'adresse aux employeurs, aux recruteurs et aux responsables des ressources humaines.',
    'Pensé pour les TPE et les PME, il aide les entreprises à recruter plus vite et mieux.',
    "Il accompagne les entreprises dans leurs recrutements, de la fiche de poste à l'intégration.",
  ],
  tous: [
    'Il s\'adresse aussi bien aux candidats qu\'aux entreprises qui recrutent.',
    'Candidats comme recruteurs y trouvent des outils adaptés à leur situation.',
  ],
} as const;

export const PRICE_TEXTS = {
  payant: ['49 € par mois, sans engagement', '290 € le parcours de 30 heures', 'À partir de 120 € HT par an', '1 900 € la formation, finançable par le CPF', '29,90 € pour six mois d\'accès', '15 € par simulation'],
  freemium: ['Gratuit, options premium à partir de 9,90 € par mois', 'Gratuit, certificat de réussite à 39 €', "Gratuit jusqu'à 3 CV, puis 4,90 € par mois", 'Gratuit, version complète à 19 € par projet', "Gratuit jusqu'à 5 offres, puis 29 € HT par offre"],
} as const;

export const ACCESSIBILITY_TEXTS = [
  'Conforme partiellement au RGAA 4.1.',
  'Conforme partiellement au RGAA 4.1 ; vidéos sous-titrées et transcriptions disponibles.',
  'Non conforme au RGAA : audit prévu cette année.',
  'Totalement conforme au RGAA 4.1.',
  '',
] as const;

export const ORGANISATION_PREFIXES = ['Atelier', 'Agence', 'Collectif', 'Réseau', 'Institut', 'Fondation', 'Maison', 'Studio', 'Coopérative', 'Association', 'Cabinet', 'Campus', 'École', 'Lab', 'Groupement'] as const;

export const ORGANISATION_SUFFIXES = ['Avenir', 'Compétences', 'Emploi', 'Talents', 'Métiers', 'Parcours', 'Insertion', 'Formation', 'Carrières', 'Numérique'] as const;

export const ORGANISATION_PLACES = ['de Bretagne', "d'Occitanie", 'du Grand Est', 'de Lyon', 'de Nantes', 'des Hauts-de-France', 'de La Réunion', 'de Normandie', 'de Provence', 'de Bordeaux', 'de Lille', 'de Strasbourg', 'du Val de Loire', 'des Alpes', 'de Guyane', 'de Montpellier', 'de Rennes', 'de Toulouse', 'de Dijon', 'de Corse'] as const;

/** "Rédiger" → "rédiger", kept as is for proper nouns and acronyms. */
export const lowerFirst = (text: string) => (/^[A-ZÉÈ][a-zéèêàç]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);

/** A URL slug: "Réussir son CV !" → "reussir-son-cv". */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  return (cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut.slice(0, maxLength)).replace(/-+$/, '');
}
