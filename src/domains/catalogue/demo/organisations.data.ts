/**
 * Demo organisations of the Emploi Store catalogue: the operator and invented partners.
 * Apart from the operator, every organisation below is fictional; websites use the reserved
 * `.example` top-level domain so that none of them points to a real site.
 */
import type { DemoOrganisation } from './demo.types.js';

export const demoOrganisations: DemoOrganisation[] = [
  {
    slug: 'pole-emploi',
    name: 'Pôle emploi',
    kind: 'operateur',
    website: 'https://www.pole-emploi.fr.example',
    description:
      "Opérateur du service public de l'emploi, Pôle emploi accompagne les demandeurs d'emploi et les entreprises dans toute la France. Il édite l'Emploi Store et y propose ses propres services numériques, tous gratuits.",
  },
  {
    slug: 'horizons-competences',
    name: 'Horizons Compétences',
    kind: 'partenaire-public',
    website: 'https://www.horizons-competences.fr.example',
    description:
      "Agence régionale de la formation et de l'orientation professionnelles. Elle recense l'offre de formation de son territoire et conçoit des outils de découverte des métiers pour les jeunes et les adultes en reconversion.",
  },
  {
    slug: 'campus-deux-rives',
    name: 'Campus numérique des Deux-Rives',
    kind: 'partenaire-public',
    website: 'https://www.campus-deux-rives.fr.example',
    description:
      "Groupement d'établissements publics d'enseignement supérieur qui produit des cours en ligne ouverts à tous. Ses MOOC portent sur le numérique, les métiers de la formation et les métiers d'art.",
  },
  {
    slug: 'elan-createurs',
    name: 'Élan Créateurs',
    kind: 'partenaire-public',
    website: 'https://www.elan-createurs.fr.example',
    description:
      "Association reconnue d'utilité publique qui aide les personnes éloignées de l'emploi à créer ou reprendre une petite entreprise. Ses bénévoles et ses outils en ligne accompagnent chaque étape, de l'idée au premier client.",
  },
  {
    slug: 'maison-des-metiers-de-bouche',
    name: 'Maison des métiers de bouche',
    kind: 'partenaire-public',
    website: 'https://www.metiers-de-bouche.fr.example',
    description:
      "Établissement public de formation dédié à l'alimentation artisanale et à la restauration. Il forme chaque année des apprentis et des adultes en reconversion aux métiers du fournil, de la cuisine et du service.",
  },
  {
    slug: 'passerelles-internationales',
    name: 'Agence Passerelles internationales',
    kind: 'partenaire-public',
    website: 'https://www.passerelles-internationales.fr.example',
    description:
      "Agence publique d'information sur la mobilité internationale professionnelle. Elle aide les candidats à préparer un départ à l'étranger : emploi, stage, volontariat, démarches et reconnaissance des diplômes.",
  },
  {
    slug: 'institut-sante-avenir',
    name: 'Institut Santé Avenir',
    kind: 'partenaire-public',
    website: 'https://www.institut-sante-avenir.fr.example',
    description:
      "Institut public de formation aux métiers du soin et de l'accompagnement. Il propose des parcours en ligne pour découvrir ces métiers avant de s'engager dans une formation qualifiante.",
  },
  {
    slug: 'fil-alternance',
    name: "Le Fil de l'alternance",
    kind: 'partenaire-public',
    website: 'https://www.fil-alternance.fr.example',
    description:
      "Service public d'information sur l'apprentissage et le contrat de professionnalisation. Il met en relation jeunes, adultes et employeurs, et les aide à sécuriser chaque contrat en alternance.",
  },
  {
    slug: 'terres-d-avenir',
    name: "Terres d'avenir",
    kind: 'partenaire-public',
    website: 'https://www.terres-d-avenir.fr.example',
    description:
      "Agence publique de promotion des métiers de l'agriculture, du paysage et de l'environnement. Elle publie des fiches métiers, des témoignages et les offres saisonnières de ses partenaires.",
  },
  {
    slug: 'tremplin-numerique',
    name: 'Tremplin numérique solidaire',
    kind: 'partenaire-public',
    website: 'https://www.tremplin-numerique.fr.example',
    description:
      "Association d'inclusion numérique soutenue par les collectivités. Elle anime un réseau de lieux de médiation où chacun peut apprendre à utiliser un ordinateur, un smartphone et les services en ligne.",
  },
  {
    slug: 'savoirlab',
    name: 'Savoirlab',
    kind: 'partenaire-prive',
    website: 'https://www.savoirlab.example',
    description:
      "Jeune entreprise d'e-learning spécialisée dans les compétences transversales : bureautique, langues, gestion. Ses modules courts se suivent à son rythme, sur ordinateur ou sur mobile.",
  },
  {
    slug: 'pixelcampus',
    name: 'Pixelcampus',
    kind: 'partenaire-prive',
    website: 'https://www.pixelcampus.example',
    description:
      'Organisme de formation en ligne aux métiers du web, du design et du marketing digital. Ses parcours certifiants combinent vidéos, projets pratiques et mentorat individuel.',
  },
  {
    slug: 'postulia',
    name: 'Postulia',
    kind: 'partenaire-prive',
    website: 'https://www.postulia.example',
    description:
      "Site d'offres d'emploi généraliste qui agrège des annonces de PME et de grands groupes. Candidats et recruteurs y disposent chacun d'un espace personnel.",
  },
  {
    slug: 'studio-mirabelle',
    name: 'Studio Mirabelle',
    kind: 'partenaire-prive',
    website: 'https://www.studio-mirabelle.example',
    description:
      "Studio de création d'applications mobiles installé en région. Il conçoit des outils simples et accessibles pour accompagner la recherche d'emploi au quotidien.",
  },
  {
    slug: 'orphee-jeux-serieux',
    name: 'Orphée Jeux sérieux',
    kind: 'partenaire-prive',
    website: 'https://www.orphee-jeux-serieux.example',
    description:
      "Studio de jeux sérieux qui fait découvrir les métiers et les compétences par la simulation. Ses jeux sont utilisés par des conseillers, des enseignants et des organismes de formation.",
  },
  {
    slug: 'balanciel',
    name: 'Balanciel',
    kind: 'partenaire-prive',
    website: 'https://www.balanciel.example',
    description:
      "Éditeur de simulateurs financiers grand public : salaires, cotisations, revenus d'indépendant. Les calculs sont mis à jour à chaque évolution de la réglementation.",
  },
  {
    slug: 'lanceo',
    name: 'Lanceo',
    kind: 'partenaire-prive',
    website: 'https://www.lanceo.example',
    description:
      "Plateforme en ligne qui simplifie la création et la gestion des petites entreprises. Elle accompagne les micro-entrepreneurs de l'immatriculation à la déclaration de chiffre d'affaires.",
  },
  {
    slug: 'polyglotte-pro',
    name: 'Polyglotte Pro',
    kind: 'partenaire-prive',
    website: 'https://www.polyglotte-pro.example',
    description:
      "École de langues en ligne tournée vers le monde du travail. Elle prépare aux entretiens, aux réunions et à la vie quotidienne dans un pays étranger.",
  },
  {
    slug: 'route-libre',
    name: 'Route libre Académie',
    kind: 'partenaire-prive',
    website: 'https://www.route-libre.example',
    description:
      "Auto-école en ligne qui prépare aux épreuves théoriques du permis de conduire, du permis B aux permis poids lourds. Ses cours s'appuient sur des vidéos de situations réelles.",
  },
  {
    slug: 'trajectoire-labs',
    name: 'Trajectoire Labs',
    kind: 'partenaire-prive',
    website: 'https://www.trajectoire-labs.example',
    description:
      "Start-up qui construit des applications à partir des données ouvertes sur l'emploi, la formation et les transports. Ses outils aident à repérer les opportunités proches de chez soi.",
  },
  {
    slug: 'embaucho',
    name: 'Embaucho',
    kind: 'partenaire-prive',
    website: 'https://www.embaucho.example',
    description:
      "Éditeur de logiciels de recrutement pour les TPE et PME. Ses outils aident les employeurs à rédiger leurs offres, trier les candidatures et réussir l'intégration des nouveaux salariés.",
  },
];
