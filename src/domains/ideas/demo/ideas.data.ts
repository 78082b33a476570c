import type { IdeaStatus } from '../ideas.table.js';

export interface DemoIdea {
  /** A stable key, to merge one demo idea into another. */
  key: string;
  title: string;
  description: string;
  theme: string;
  audience: 'candidats' | 'entreprises' | 'tous';
  /** Age of the idea, in days. */
  daysAgo: number;
  /** Indexes of the demo participants who support it. */
  supporters: number[];
  status?: Exclude<IdeaStatus, 'nouvelle' | 'doublon'>;
  answer?: string;
  realisedServiceSlug?: string;
  /** Key of the idea this one duplicates. */
  duplicateOf?: string;
}

/** Participants with no password (they cannot log in): they only give the demo ideas their supports. */
export const demoParticipants = [
  { email: 'amina.demo@idees.emploi-store.invalid', name: 'Amina B.' },
  { email: 'julien.demo@idees.emploi-store.invalid', name: 'Julien R.' },
  { email: 'sophie.demo@idees.emploi-store.invalid', name: 'Sophie L.' },
  { email: 'karim.demo@idees.emploi-store.invalid', name: 'Karim D.' },
  { email: 'claire.demo@idees.emploi-store.invalid', name: 'Claire M. (recruteuse)' },
  { email: 'thomas.demo@idees.emploi-store.invalid', name: 'Thomas G.' },
  { email: 'nadia.demo@idees.emploi-store.invalid', name: 'Nadia K.' },
  { email: 'pierre.demo@idees.emploi-store.invalid', name: 'Pierre V. (artisan)' },
] as const;

export const DEMO_STAFF_NAME = 'L’équipe Emploi Store';

export const demoIdeas: DemoIdea[] = [
  {
    key: 'salaire-net',
    title: 'Simulateur de salaire net par métier',
    description: 'Pour chaque fiche métier, afficher une fourchette de salaire net mensuel selon la région et l’expérience, avec un simulateur brut → net. Aujourd’hui on doit croiser trois sites pour savoir si une offre est correcte.',
    theme: 'choisir-un-metier',
    audience: 'candidats',
    daysAgo: 40,
    supporters: [0, 1, 2, 3, 5, 6],
    status: 'retenue',
    answer: 'Merci pour cette proposition très soutenue. Nous la retenons : les fourchettes de salaire viendront des données de l’enquête annuelle, publiées par métier et par région. Nous vous tiendrons informés ici.',
  },
  {
    key: 'alerte-formation',
    title: 'Alerte quand une formation financée ouvre près de chez moi',
    description: 'Pouvoir enregistrer un métier visé et un rayon autour de chez moi, et recevoir un e-mail dès qu’une session de formation financée (par la Région ou France Travail) ouvre ses inscriptions.',
    theme: 'se-former',
    audience: 'candidats',
    daysAgo: 3,
    supporters: [0, 2, 4, 6, 7],
  },
  {
    key: 'falc',
    title: 'Traduire les offres en FALC',
    description: 'Proposer une version « Facile à lire et à comprendre » des offres d’emploi et des fiches services, pour les personnes en situation de handicap intellectuel ou qui maîtrisent mal le français écrit.',
    theme: 'trouver-un-emploi',
    audience: 'tous',
    daysAgo: 12,
    supporters: [1, 3, 6],
    status: 'a-l-etude',
    answer: 'Nous étudions cette idée avec des associations spécialisées : la traduction en FALC demande une relecture par des personnes concernées. Nous reviendrons vers vous avec un calendrier.',
  },
  {
    key: 'cv-video',
    title: 'Déposer un CV vidéo de 60 secondes',
    description: 'Ajouter à mon profil une courte vidéo de présentation que les recruteurs peuvent voir, pour les métiers où le savoir-être compte autant que le diplôme (accueil, vente, aide à la personne).',
    theme: 'preparer-sa-candidature',
    audience: 'candidats',
    daysAgo: 25,
    supporters: [2, 5],
    status: 'non-retenue',
    answer: 'Nous ne retenons pas cette idée pour le moment : la vidéo expose à des discriminations (âge, apparence, origine) que le CV anonyme cherche justement à éviter. Le simulateur d’entretien reste disponible pour vous entraîner.',
  },
  {
    key: 'carte-formations',
    title: 'Une carte des formations avec les places restantes',
    description: 'Voir sur une carte les formations qualifiantes autour de chez soi, avec les dates de début et le nombre de places encore disponibles, au lieu de listes à éplucher une par une.',
    theme: 'se-former',
    audience: 'candidats',
    daysAgo: 90,
    supporters: [0, 1, 3, 4, 6, 7],
    status: 'realisee',
    answer: 'C’est fait : la carte des formations est disponible dans le Store. Merci à toutes les personnes qui ont soutenu cette idée.',
    realisedServiceSlug: 'carte-des-formations',
  },
  {
    key: 'carte-sessions',
    title: 'Carte interactive des sessions de formation',
    description: 'Une carte où l’on voit toutes les sessions de formation de la région, avec un filtre par métier et par date de rentrée. Ce serait bien plus simple que les catalogues en PDF.',
    theme: 'se-former',
    audience: 'candidats',
    daysAgo: 60,
    supporters: [2, 5],
    duplicateOf: 'carte-formations',
    answer: 'Cette idée rejoint l’idée « Une carte des formations avec les places restantes », qui propose la même chose : vos soutiens y ont été reportés.',
  },
  {
    key: 'remuneration-apprenti',
    title: 'Calculer la rémunération d’un apprenti selon son âge',
    description: 'Un outil simple pour que les entreprises et les jeunes connaissent le salaire minimum d’un apprenti selon son âge, l’année du contrat et la convention collective.',
    theme: 'trouver-un-emploi',
    audience: 'tous',
    daysAgo: 120,
    supporters: [4, 7, 1],
    status: 'realisee',
    answer: 'Le simulateur de rémunération des apprentis est en ligne : il tient compte de l’âge, de l’année de contrat et des minima conventionnels.',
    realisedServiceSlug: 'simulateur-remuneration-apprenti',
  },
  {
    key: 'tpe-recrutement',
    title: 'Un assistant de recrutement pour les très petites entreprises',
    description: 'Les artisans et les TPE n’ont pas de service RH : un assistant pas à pas pour rédiger une offre, choisir le bon contrat, connaître les aides à l’embauche et préparer l’entretien serait très utile.',
    theme: 'trouver-un-emploi',
    audience: 'entreprises',
    daysAgo: 8,
    supporters: [4, 7],
    status: 'en-realisation',
    answer: 'Un premier assistant est en cours de construction avec des chambres de métiers : rédaction de l’offre et choix du contrat d’abord, les aides à l’embauche ensuite.',
  },
  {
    key: 'suivi-candidatures',
    title: 'Tableau de suivi de mes candidatures',
    description: 'Un tableau où je note chaque candidature envoyée (entreprise, date, relance prévue, réponse), avec un rappel par e-mail quand il est temps de relancer.',
    theme: 'trouver-un-emploi',
    audience: 'candidats',
    daysAgo: 1,
    supporters: [0, 3],
  },
  {
    key: 'passerelles-metiers',
    title: 'Montrer les métiers proches de mes compétences',
    description: 'À partir de mon métier actuel, voir les métiers accessibles avec peu de formation (compétences communes), et les formations courtes qui font la passerelle.',
    theme: 'choisir-un-metier',
    audience: 'candidats',
    daysAgo: 18,
    supporters: [1, 2, 5, 6],
    status: 'a-l-etude',
    answer: 'Les fiches ROME décrivent déjà des mobilités entre métiers : nous étudions comment les présenter simplement, avec les formations qui y mènent.',
  },
  {
    key: 'mentorat',
    title: 'Mise en relation avec un mentor du métier visé',
    description: 'Pouvoir échanger une heure avec une personne qui exerce le métier que je vise, pour savoir à quoi ressemble vraiment une journée de travail avant de me lancer dans une formation.',
    theme: 'choisir-un-metier',
    audience: 'tous',
    daysAgo: 5,
    supporters: [6],
  },
  {
    key: 'aides-creation',
    title: 'Simulateur des aides à la création d’entreprise',
    description: 'Répondre à quelques questions (situation, indemnisation, projet) et obtenir la liste des aides auxquelles j’ai droit pour créer mon entreprise, avec les démarches et les dates limites.',
    theme: 'creer-son-entreprise',
    audience: 'candidats',
    daysAgo: 30,
    supporters: [3, 5, 7],
    status: 'retenue',
    answer: 'Idée retenue : elle sera construite avec les réseaux d’accompagnement à la création. Les premières aides couvertes seront l’ACRE et l’ARCE.',
  },
  {
    key: 'equivalence-diplomes',
    title: 'Savoir si mon diplôme est reconnu dans un autre pays européen',
    description: 'Indiquer mon diplôme et le pays visé, et savoir s’il est reconnu, quelles démarches faire et combien de temps cela prend, notamment pour les métiers réglementés (santé, bâtiment).',
    theme: 'travailler-a-l-international',
    audience: 'candidats',
    daysAgo: 14,
    supporters: [2],
  },
  {
    key: 'lettre-motivation',
    title: 'Relecture de ma lettre de motivation par un conseiller',
    description: 'Déposer ma lettre de motivation et recevoir sous quelques jours les remarques d’un conseiller, avec des exemples de formulations à améliorer.',
    theme: 'preparer-sa-candidature',
    audience: 'candidats',
    daysAgo: 2,
    supporters: [],
  },
  {
    key: 'offres-accessibles',
    title: 'Indiquer l’accessibilité des lieux de travail dans les offres',
    description: 'Ajouter aux offres d’emploi des informations sur l’accessibilité du poste et des locaux (ascenseur, transports, aménagements possibles), pour que les personnes handicapées n’aient pas à le demander à chaque fois.',
    theme: 'trouver-un-emploi',
    audience: 'tous',
    daysAgo: 0,
    supporters: [0, 4],
  },
];
