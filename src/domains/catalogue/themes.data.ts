import type { ThemeSlug } from './catalogue.vocabulary.js';

export interface ThemeContent {
  slug: ThemeSlug;
  name: string;
  summary: string;
  description: string;
  /** DSFR icon class shown on the theme tile. */
  icon: string;
}

/** The six journey themes of the Store, in display order. */
export const THEMES: readonly ThemeContent[] = [
  {
    slug: 'choisir-un-metier',
    name: 'Choisir un métier',
    summary: 'Découvrir des métiers, tester ses envies, construire son projet professionnel.',
    description:
      "Vous cherchez votre voie ou envisagez une reconversion ? Ces services vous aident à découvrir des métiers, à faire le point sur vos compétences et vos envies, et à construire un projet professionnel réaliste.",
    icon: 'fr-icon-compass-3-line',
  },
  {
    slug: 'se-former',
    name: 'Se former',
    summary: 'Trouver une formation, apprendre en ligne, faire valider ses acquis.',
    description:
      "Formations en ligne, MOOC, modules d'e-learning, apprentissage et validation des acquis de l'expérience : tout pour acquérir les compétences recherchées par les employeurs.",
    icon: 'fr-icon-book-2-line',
  },
  {
    slug: 'preparer-sa-candidature',
    name: 'Préparer sa candidature',
    summary: "Réussir son CV, sa lettre de motivation et ses entretiens d'embauche.",
    description:
      "CV, lettre de motivation, profil en ligne, entretien d'embauche : des outils et des simulateurs pour présenter vos atouts et convaincre les recruteurs.",
    icon: 'fr-icon-file-text-line',
  },
  {
    slug: 'trouver-un-emploi',
    name: 'Trouver un emploi',
    summary: "Chercher des offres, organiser sa recherche, activer son réseau.",
    description:
      "Offres d'emploi, candidature spontanée, réseau professionnel, organisation de la recherche : des services pour trouver plus vite l'emploi qui vous correspond.",
    icon: 'fr-icon-briefcase-line',
  },
  {
    slug: 'creer-son-entreprise',
    name: 'Créer son entreprise',
    summary: "Construire son projet de création ou de reprise d'entreprise.",
    description:
      "De l'idée au lancement : tester votre projet, choisir un statut, bâtir un plan de financement et trouver un accompagnement pour créer ou reprendre une entreprise.",
    icon: 'fr-icon-lightbulb-line',
  },
  {
    slug: 'travailler-a-l-international',
    name: "Travailler à l'international",
    summary: "Partir travailler ou se former à l'étranger, en Europe et au-delà.",
    description:
      "Mobilité européenne, programmes d'échange, langues étrangères, démarches pour partir travailler à l'étranger : des services pour préparer votre projet international.",
    icon: 'fr-icon-global-line',
  },
];
