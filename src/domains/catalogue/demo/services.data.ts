/**
 * Demo services of the Emploi Store catalogue. The services of the operator (Pôle emploi) and of
 * the invented partners are written for the demo: names, figures and URLs are not real
 * (every URL uses the reserved `.example` top-level domain).
 */
import type { DemoService } from './demo.types.js';

export const demoServices: DemoService[] = [
  // ---------------------------------------------------------------------------------------------
  // Pôle emploi (operator): always free.
  // ---------------------------------------------------------------------------------------------
  {
    slug: 'construire-son-projet-professionnel',
    name: 'Construire son projet professionnel',
    pitch: "Un MOOC de quatre semaines pour faire le point sur vos compétences, explorer des métiers et bâtir un projet professionnel réaliste.",
    description: `Premier MOOC de la collection « Les MOOC de l'emploi », ce cours en ligne vous aide à définir un projet professionnel qui vous ressemble, que vous cherchiez votre premier emploi ou que vous envisagiez une reconversion.

Chaque semaine, des vidéos courtes, des exercices pratiques et des témoignages de personnes ayant changé de voie vous guident pas à pas.

## Ce que vous y trouverez

- un inventaire de vos compétences, y compris celles acquises hors du travail ;
- des méthodes pour explorer les métiers et les secteurs qui recrutent ;
- des conseils pour vérifier la faisabilité de votre projet : formation, conditions d'accès, salaires ;
- un plan d'action à construire et à partager avec votre conseiller.

## Pour qui ?

Toute personne qui se pose des questions sur son avenir professionnel. Aucun prérequis : il suffit d'une connexion à Internet et d'environ deux heures par semaine.`,
    providerSlug: 'pole-emploi',
    type: 'mooc',
    themes: ['choisir-un-metier', 'se-former'],
    audience: 'candidats',
    priceModel: 'gratuit',
    priceText: null,
    platforms: ['web'],
    languages: ['fr'],
    accessibility: 'Conforme partiellement au RGAA 4.1 ; vidéos sous-titrées et transcriptions disponibles.',
    url: 'https://www.pole-emploi.fr.example/mooc/construire-son-projet-professionnel',
    logo: 'construire-son-projet-professionnel.svg',
    romeCodes: [],
    publishedAt: '2015-03-02',
    featured: true,
    views: 187420,
    linkOuts: 96310,
  },
  {
    slug: 'organiser-sa-recherche-d-emploi',
    name: "Organiser sa recherche d'emploi",
    pitch: "Apprenez à structurer votre recherche d'emploi, à activer votre réseau et à suivre vos démarches grâce à ce MOOC gratuit.",
    description: `Chercher un emploi est un travail à part entière. Ce MOOC de la collection « Les MOOC de l'emploi » vous donne une méthode pour organiser vos journées, cibler les bonnes entreprises et ne plus laisser passer d'opportunités.

Les modules alternent vidéos, fiches pratiques et quiz. Un forum animé par des conseillers permet d'échanger avec les autres participants.

## Au programme

- définir une cible : métiers, entreprises, zone géographique ;
- repérer le marché caché et réussir ses candidatures spontanées ;
- développer et entretenir son réseau, en ligne comme dans la vie ;
- tenir un tableau de bord de ses démarches et de ses relances ;
- garder la motivation dans la durée.

## Pour qui ?

Les demandeurs d'emploi, les jeunes diplômés et les salariés qui souhaitent changer d'entreprise.`,
    providerSlug: 'pole-emploi',
    type: 'mooc',
    themes: ['trouver-un-emploi'],
    audience: 'candidats',
    priceModel: 'gratuit',
    priceText: null,
    platforms: ['web'],
    languages: ['fr'],
    accessibility: 'Conforme partiellement au RGAA 4.1 ; vidéos sous-titrées.',
    url: 'https://www.pole-emploi.fr.example/mooc/organiser-sa-recherche-d-emploi',
    logo: 'organiser-sa-recherche-d-emploi.svg',
    romeCodes: [],
    publishedAt: '2015-03-02',
    featured: false,
    views: 142380,
    linkOuts: 70215,
  },
  {
    slug: 'reussir-son-cv-et-sa-lettre-de-candidature',
    name: 'Réussir son CV et sa lettre de candidature',
    pitch: 'Un MOOC pratique pour rédiger un CV clair et une lettre de motivation qui donnent envie au recruteur de vous rencontrer.',
    description: `Votre CV et votre lettre de motivation sont souvent le premier contact avec un recruteur. Ce MOOC de la collection « Les MOOC de l'emploi » vous apprend à les adapter à chaque offre et à mettre en valeur votre parcours, même atypique.

Des recruteurs et des conseillers partagent leurs astuces, et des exercices corrigés vous permettent de progresser semaine après semaine.

## Ce que vous apprendrez

- choisir la structure de CV adaptée à votre profil ;
- décrire vos expériences par les résultats et les compétences ;
- rédiger une lettre de candidature courte et personnalisée ;
- préparer un CV lisible par les logiciels de tri des candidatures ;
- soigner votre profil sur les réseaux professionnels.

## Pour qui ?

Tous les candidats, qu'ils répondent à une annonce ou envoient une candidature spontanée.`,
    providerSlug: 'pole-emploi',
    type: 'mooc',
    themes: ['preparer-sa-candidature'],
    audience: 'candidats',
    priceModel: 'gratuit',
    priceText: null,
    platforms: ['web'],
    languages: ['fr'],
    accessibility: 'Conforme partiellement au RGAA 4.1 ; vidéos sous-titrées, documents PDF balisés.',
    url: 'https://www.pole-emploi.fr.example/mooc/reussir-son-cv-et-sa-lettre-de-candidature',
    logo: 'reussir-son-cv-et-sa-lettre-de-candidature.svg',
    romeCodes: [],
    publishedAt: '2015-03-02',
    featured: false,
    views: 228750,
    linkOuts: 131040,
  },
  {
    slug: 'reussir-l-entretien-d-embauche',
    name: "Réussir l'entretien d'embauche",
    pitch: "Préparez chaque étape de l'entretien d'embauche, de la prise de rendez-vous à la relance, avec ce MOOC de la collection « Les MOOC de l'emploi ».",
    description: `L'entretien d'embauche se prépare. Ce MOOC vous aide à arriver serein, à répondre aux questions difficiles et à convaincre le recruteur que vous êtes la bonne personne pour le poste.

Des mises en situation filmées montrent ce qui fonctionne… et ce qu'il vaut mieux éviter. Vous pouvez ensuite vous entraîner avec le simulateur d'entretien de Pôle emploi.

## Au programme

- se renseigner sur l'entreprise et décrypter l'offre ;
- présenter son parcours en deux minutes ;
- répondre aux questions classiques et aux questions pièges ;
- gérer le stress et la communication non verbale ;
- réussir un entretien par téléphone ou en visioconférence ;
- relancer le recruteur après l'entretien.

## Pour qui ?

Toute personne convoquée prochainement à un entretien, ou qui souhaite simplement gagner en assurance.`,
    providerSlug: 'pole-emploi',
    type: 'mooc',
    themes: ['preparer-sa-candidature'],
    audience: 'candidats',
    priceModel: 'gratuit',
    priceText: null,
    platforms: ['web'],
    languages: ['fr'],
    accessibility: 'Conforme partiellement au RGAA 4.1 ; vidéos sous-titrées et audiodécrites.',
    url: 'https://www.pole-emploi.fr.example/mooc/reussir-l-entretien-d-embauche',
    logo: 'reussir-l-entretien-d-embauche.svg',
    romeCodes: [],
    publishedAt: '2015-03-02',
    featured: true,
    views: 243910,
    linkOuts: 150220,
  },
  {
    slug: 'simulateur-d-entretien',
    name: "Simulateur d'entretien d'embauche",
    pitch: "Entraînez-vous face à un recruteur virtuel et recevez un retour immédiat sur vos réponses avant votre vrai entretien.",
    description: `Le simulateur d'entretien d'embauche vous met en situation réelle : un recruteur virtuel vous pose des questions adaptées au poste visé, et vous choisissez vos réponses ou les enregistrez à voix haute.

À la fin de la séance, un bilan détaillé souligne vos points forts et ce qui peut être amélioré. Vous pouvez recommencer autant de fois que nécessaire.

## Ce que vous obtenez

- plus de 200 questions classées par type d'entretien et par niveau ;
- trois profils de recruteurs : bienveillant, pressé, exigeant ;
- un bilan personnalisé avec des conseils concrets ;
- un historique de vos séances pour mesurer vos progrès.

## Pour qui ?

Les candidats qui veulent s'entraîner avant un entretien, en complément du MOOC « Réussir l'entretien d'embauche » ou d'un atelier avec leur conseiller.`,
    providerSlug: 'pole-emploi',
    type: 'simulateur',
    themes: ['preparer-sa-candidature'],
    audience: 'candidats',
    priceModel: 'gratuit',
    priceText: null,
    platforms: ['web', 'ios', 'android'],
    languages: ['fr'],
    accessibility: "Conforme partiellement au RGAA 4.1 ; toutes les questions sont aussi proposées à l'écrit.",
    url: 'https://www.pole-emploi.fr.example/simulateur-entretien',
    logo: 'simulateur-d-entretien.svg',
    romeCodes: [],
    publishedAt: '2016-09-12',
    featured: true,
    views: 164230,
    linkOuts: 118470,
  },
  {
    slug: 'explorateur-des-metiers',
    name: 'Explorateur des métiers',
    pitch: "Découvrez plus de 500 fiches métiers, leurs conditions d'accès et les compétences attendues, puis comparez-les à votre profil.",
    description: `L'Explorateur des métiers rassemble les fiches du répertoire opérationnel des métiers et des emplois (ROME) sous une forme simple à parcourir.

Pour chaque métier, vous découvrez les activités, les compétences demandées, les formations d'accès, les conditions de travail et les métiers proches vers lesquels évoluer. Un questionnaire rapide vous propose des pistes à partir de vos centres d'intérêt.

## Ce que vous y trouverez

- des fiches métiers détaillées et régulièrement mises à jour ;
- des métiers proches pour préparer une reconversion ;
- des vidéos de professionnels qui racontent leur quotidien ;
- un lien direct vers les offres d'emploi et les formations correspondantes.

## Pour qui ?

Les collégiens, lycéens, étudiants, demandeurs d'emploi et salariés en réflexion sur leur orientation.`,
    providerSlug: 'pole-emploi',
    type: 'site-web',
    themes: ['choisir-un-metier'],
    audience: 'candidats',
    priceModel: 'gratuit',
    priceText: null,
    platforms: ['web'],
    languages: ['fr'],
    accessibility: 'Conforme au RGAA 4.1 (audit de 2023).',
    url: 'https://www.pole-emploi.fr.example/explorateur-metiers',
    logo: 'explorateur-des-metiers.svg',
    romeCodes: [],
    publishedAt: '2014-01-20',
    featured: false,
    views: 96540,
    linkOuts: 51870,
  },
  {
    slug: 'mes-offres-en-poche',
    name: 'Mes offres en poche',
    pitch: "L'application mobile de Pôle emploi pour consulter les offres d'emploi, postuler et suivre vos candidatures où que vous soyez.",
    description: `Avec Mes offres en poche, votre recherche d'emploi vous suit partout. Enregistrez vos critères une fois pour toutes et recevez une notification dès qu'une offre correspondante est publiée.

Vous pouvez postuler directement depuis votre téléphone avec le CV déposé dans votre espace personnel, et garder la trace de toutes vos candidatures.

## Fonctionnalités

- recherche par métier, par mot-clé et par distance ;
- alertes personnalisées en temps réel ;
- candidature en quelques gestes avec votre CV en ligne ;
- suivi des candidatures envoyées et des réponses reçues ;
- accès à vos rendez-vous et à la messagerie avec votre conseiller.

## Pour qui ?

Les candidats inscrits ou non à Pôle emploi ; certaines fonctionnalités nécessitent un espace personnel.`,
    providerSlug: 'pole-emploi',
    type: 'application-mobile',
    themes: ['trouver-un-emploi'],
    audience: 'candidats',
    priceModel: 'gratuit',
    priceText: null,
    platforms: ['ios', 'android'],
    languages: ['fr'],
    accessibility: 'Compatible avec VoiceOver et TalkBack ; audit RGAA en cours.',
    url: 'https://www.pole-emploi.fr.example/applications/mes-offres-en-poche',
    logo: 'mes-offres-en-poche.svg',
    romeCodes: [],
    publishedAt: '2013-07-01',
    featured: false,
    views: 211060,
    linkOuts: 174320,
  },
  {
    slug: 'espace-recruteur',
    name: 'Espace recruteur',
    pitch: "Déposez vos offres d'emploi, recevez des candidatures présélectionnées et faites-vous accompagner par un conseiller entreprise.",
    description: `L'Espace recruteur permet aux entreprises de toutes tailles de publier gratuitement leurs offres d'emploi sur le site de Pôle emploi et chez ses partenaires.

Un conseiller dédié peut vous aider à rédiger l'annonce, à présélectionner des profils ou à organiser une session de recrutement collective.

## Ce que vous obtenez

- la diffusion de vos offres auprès de millions de candidats ;
- une recherche de profils dans la banque de CV ;
- des candidatures triées selon vos critères ;
- des informations sur les aides à l'embauche et les contrats aidés ;
- l'accès au recrutement par simulation, sans CV ni diplôme exigé.

## Pour qui ?

Les employeurs privés et publics, de la TPE au grand groupe, qui recrutent en CDI, en CDD, en intérim ou en alternance.`,
    providerSlug: 'pole-emploi',
    type: 'site-web',
    themes: ['trouver-un-emploi'],
    audience: 'entreprises',
    priceModel: 'gratuit',
    priceText: null,
    platforms: ['web'],
    languages: ['fr'],
    accessibility: 'Conforme partiellement au RGAA 4.1.',
    url: 'https://www.pole-emploi.fr.example/recruteur',
    logo: 'espace-recruteur.svg',
    romeCodes: [],
    publishedAt: '2013-09-16',
    featured: false,
    views: 58210,
    linkOuts: 40150,
  },
  {
    slug: 'barometre-de-l-embauche',
    name: "Baromètre de l'embauche",
    pitch: "Une application construite sur les données ouvertes de Pôle emploi pour savoir quels métiers recrutent dans votre bassin d'emploi.",
    description: `Le Baromètre de l'embauche s'appuie sur l'API ouverte des besoins en main-d'œuvre et sur les offres d'emploi publiées pour indiquer, métier par métier, les perspectives de recrutement près de chez vous.

Vous saisissez un métier ou un secteur, choisissez une zone, et l'application affiche le nombre de projets de recrutement, la part d'embauches jugées difficiles et les entreprises qui ont recruté récemment.

## Ce que vous y trouverez

- une carte des bassins d'emploi qui recrutent ;
- les tendances saisonnières pour chaque métier ;
- la liste des entreprises susceptibles d'embaucher ;
- un accès libre aux données pour les développeurs.

## Pour qui ?

Les candidats qui ciblent leurs candidatures, les conseillers en orientation et les entreprises qui veulent se situer sur leur marché.`,
    providerSlug: 'pole-emploi',
    type: 'application-api',
    themes: ['trouver-un-emploi', 'choisir-un-metier'],
    audience: 'tous',
    priceModel: 'gratuit',
    priceText: null,
    platforms: ['web'],
    languages: ['fr'],
    accessibility: 'Conforme partiellement au RGAA 4.1 ; les cartes ont une alternative sous forme de tableau.',
    url: 'https://www.pole-emploi.fr.example/barometre-embauche',
    logo: 'barometre-de-l-embauche.svg',
    romeCodes: [],
    publishedAt: '2017-04-03',
    featured: false,
    views: 37890,
    linkOuts: 21460,
  },
  {
    slug: 'parcours-vae-en-ligne',
    name: 'Parcours VAE en ligne',
    pitch: "Un parcours guidé pour faire reconnaître votre expérience par un diplôme grâce à la validation des acquis de l'expérience (VAE).",
    description: `Vous avez au moins un an d'expérience dans un métier ? La validation des acquis de l'expérience (VAE) permet d'obtenir tout ou partie d'un diplôme, d'un titre professionnel ou d'un certificat de qualification sans repasser par la formation.

Ce parcours en ligne vous explique chaque étape et vous aide à constituer votre dossier.

## Ce que vous y trouverez

- un test d'éligibilité en cinq questions ;
- un moteur de recherche des certifications accessibles par la VAE ;
- des modèles pour rédiger le livret de recevabilité et le dossier de preuves ;
- des conseils pour préparer l'entretien avec le jury ;
- les possibilités de financement de l'accompagnement.

## Pour qui ?

Les salariés, demandeurs d'emploi, bénévoles et indépendants qui souhaitent valoriser leur expérience par une certification reconnue.`,
    providerSlug: 'pole-emploi',
    type: 'e-learning',
    themes: ['se-former'],
    audience: 'candidats',
    priceModel: 'gratuit',
    priceText: null,
    platforms: ['web'],
    languages: ['fr'],
    accessibility: "Conforme partiellement au RGAA 4.1 ; formulaires compatibles avec les lecteurs d'écran.",
    url: 'https://www.pole-emploi.fr.example/vae',
    logo: 'parcours-vae-en-ligne.svg',
    romeCodes: [],
    publishedAt: '2019-06-17',
    featured: false,
    views: 45120,
    linkOuts: 19800,
  },
  {
    slug: 'travailler-en-europe',
    name: 'Travailler en Europe',
    pitch: "Tout pour chercher un emploi dans un autre pays européen : offres, démarches, protection sociale et conseillers spécialisés.",
    description: `Vous envisagez de travailler en Espagne, en Allemagne, en Irlande ou dans un autre pays de l'Union européenne ? Ce site rassemble les informations essentielles pour préparer votre mobilité internationale en toute sécurité.

Des conseillers spécialisés dans la mobilité européenne répondent à vos questions par messagerie et organisent régulièrement des sessions de recrutement à distance avec des employeurs étrangers.

## Ce que vous y trouverez

- des offres d'emploi publiées par les services de l'emploi européens ;
- des fiches pays : marché du travail, salaires, logement, fiscalité ;
- les règles de maintien des droits au chômage pendant la recherche à l'étranger ;
- des conseils pour adapter son CV aux usages de chaque pays.

## Pour qui ?

Les candidats de tous niveaux, débutants comme expérimentés, qui souhaitent travailler quelques mois ou plusieurs années en Europe.`,
    providerSlug: 'pole-emploi',
    type: 'site-web',
    themes: ['travailler-a-l-international', 'trouver-un-emploi'],
    audience: 'candidats',
    priceModel: 'gratuit',
    priceText: null,
    platforms: ['web'],
    languages: ['fr', 'en'],
    accessibility: 'Conforme partiellement au RGAA 4.1.',
    url: 'https://www.pole-emploi.fr.example/international/europe',
    logo: 'travailler-en-europe.svg',
    romeCodes: [],
    publishedAt: '2014-05-05',
    featured: false,
    views: 28640,
    linkOuts: 12980,
  },
  {
    slug: 'entreprendre-de-l-idee-au-projet',
    name: "Entreprendre : de l'idée au projet",
    pitch: "Un MOOC pour tester votre idée d'entreprise, étudier votre marché et choisir le bon statut avant de vous lancer.",
    description: `Créer son entreprise est une aventure qui se prépare. Ce MOOC vous accompagne pendant cinq semaines, de la première intuition jusqu'à un projet argumenté que vous pourrez présenter à un financeur.

Chaque module se termine par un exercice appliqué à votre propre projet de création d'entreprise.

## Au programme

- vérifier l'adéquation entre le projet et le porteur de projet ;
- réaliser une étude de marché simple ;
- construire une offre et fixer ses prix ;
- comparer les statuts : micro-entreprise, entreprise individuelle, société ;
- connaître les aides à la création et à la reprise d'entreprise pour les demandeurs d'emploi.

## Pour qui ?

Les demandeurs d'emploi et salariés qui ont une idée de création ou de reprise d'entreprise et veulent la confronter à la réalité.`,
    providerSlug: 'pole-emploi',
    type: 'mooc',
    themes: ['creer-son-entreprise'],
    audience: 'candidats',
    priceModel: 'gratuit',
    priceText: null,
    platforms: ['web'],
    languages: ['fr'],
    accessibility: 'Conforme partiellement au RGAA 4.1 ; vidéos sous-titrées.',
    url: 'https://www.pole-emploi.fr.example/mooc/entreprendre',
    logo: 'entreprendre-de-l-idee-au-projet.svg',
    romeCodes: [],
    publishedAt: '2018-01-15',
    featured: false,
    views: 53470,
    linkOuts: 24110,
  },
  {
    slug: 'estimer-ses-revenus-en-reprise-d-activite',
    name: "Estimer ses revenus en reprise d'activité",
    pitch: "Calculez ce que vous percevrez chaque mois si vous reprenez un emploi ou créez votre activité tout en étant indemnisé.",
    description: `Reprendre un emploi à temps partiel, accepter une mission courte ou lancer une activité indépendante : ce simulateur vous indique en quelques minutes l'effet sur vos revenus et sur vos allocations.

Il suffit de renseigner votre situation actuelle et le salaire ou le chiffre d'affaires prévu. Le résultat est une estimation, qui ne remplace pas le calcul officiel de vos droits.

## Ce que vous obtenez

- une estimation mois par mois de vos revenus cumulés ;
- l'effet d'une reprise d'emploi sur la durée de vos droits ;
- un cas particulier pour la création ou la reprise d'entreprise ;
- un récapitulatif à télécharger pour en parler avec votre conseiller.

## Pour qui ?

Les demandeurs d'emploi indemnisés qui hésitent à accepter une offre ou à démarrer une activité.`,
    providerSlug: 'pole-emploi',
    type: 'simulateur',
    themes: ['trouver-un-emploi', 'creer-son-entreprise'],
    audience: 'candidats',
    priceModel: 'gratuit',
    priceText: null,
    platforms: ['web'],
    languages: ['fr'],
    accessibility: 'Conforme au RGAA 4.1 (audit de 2024).',
    url: 'https://www.pole-emploi.fr.example/simulateurs/reprise-activite',
    logo: 'estimer-ses-revenus-en-reprise-d-activite.svg',
    romeCodes: [],
    publishedAt: '2020-11-23',
    featured: false,
    views: 71350,
    linkOuts: 38020,
  },

  // ---------------------------------------------------------------------------------------------
  // Public partners.
  // ---------------------------------------------------------------------------------------------
  {
    slug: 'carte-des-formations',
    name: 'Carte des formations en région',
    pitch: "Trouvez une formation qualifiante près de chez vous, avec ses dates, son financement et ses taux d'insertion.",
    description: `La Carte des formations en région recense toutes les formations professionnelles financées par la région et ses partenaires : titres professionnels, certificats de qualification, diplômes préparés en apprentissage ou en formation continue.

Chaque fiche indique les prérequis, le calendrier des prochaines sessions, le lieu, les modalités de financement et, quand ils sont connus, les taux d'accès à l'emploi six mois après la formation.

## Ce que vous y trouverez

- un moteur de recherche par métier, par diplôme et par commune ;
- les réunions d'information collectives à venir ;
- les formations accessibles à distance ;
- un formulaire de pré-inscription transmis directement à l'organisme.

## Pour qui ?

Les demandeurs d'emploi, les salariés en reconversion, les conseillers en évolution professionnelle et les organismes de formation.`,
    providerSlug: 'horizons-competences',
    type: 'site-web',
    themes: ['se-former'],
    audience: 'tous',
    priceModel: 'gratuit',
    priceText: null,
    platforms: ['web'],
    languages: ['fr'],
    accessibility: 'Conforme partiellement au RGAA 4.1.',
    url: 'https://www.horizons-competences.fr.example/carte-des-formations',
    logo: 'carte-des-formations.svg',
    romeCodes: [],
    publishedAt: '2016-02-08',
    featured: false,
    views: 64780,
    linkOuts: 39210,
  },
  {
    slug: 'usine-en-jeu',
    name: 'Usine en jeu',
    pitch: "Un jeu sérieux pour découvrir les métiers de l'industrie en prenant les commandes d'un atelier de production virtuel.",
    description: `Dans Usine en jeu, vous rejoignez une entreprise qui fabrique des vélos électriques. Pour livrer les commandes à temps, il faut assembler les cadres, souder les pièces, régler les machines et réparer les pannes.

À chaque mission, vous découvrez un métier de l'industrie, ses gestes, ses outils et ses règles de sécurité. Des vidéos de professionnels complètent l'expérience entre deux niveaux.

## Ce que vous y trouverez

- six missions d'environ quinze minutes ;
- des métiers variés : opérateur de montage, soudeur, technicien de maintenance ;
- un bilan des compétences mobilisées pendant le jeu ;
- des liens vers les formations industrielles de la région.

## Pour qui ?

Les jeunes en recherche d'orientation, les demandeurs d'emploi qui envisagent l'industrie et les conseillers qui animent des ateliers de découverte des métiers.`,
    providerSlug: 'horizons-competences',
    type: 'serious-game',
    themes: ['choisir-un-metier'],
    audience: 'candidats',
    priceModel: 'gratuit',
    priceText: null,
    platforms: ['web', 'ios', 'android'],
    languages: ['fr'],
    accessibility: 'Non conforme au RGAA ; une version textuelle des missions est disponible.',
    url: 'https://www.horizons-competences.fr.example/usine-en-jeu',
    logo: 'usine-en-jeu.svg',
    romeCodes: ['H2909', 'H2913', 'I1304'],
    publishedAt: '2018-10-01',
    featured: false,
    views: 18960,
    linkOuts: 7420,
  },
  {
    slug: 'un-jour-en-magasin',
    name: 'Un jour en magasin',
    pitch: "Un module en ligne pour vivre une journée dans un supermarché, du réassort des rayons au conseil en boutique.",
    description: `Le commerce est l'un des secteurs qui recrutent le plus, avec des postes ouverts aux débutants. Ce module en ligne vous fait découvrir ses métiers à travers la journée de quatre salariés d'un supermarché de centre-ville et d'une boutique voisine.

Vous suivez la mise en rayon au petit matin, la vente au rayon fruits et légumes, l'accueil des clients et le conseil en prêt-à-porter.

## Ce que vous y trouverez

- quatre parcours vidéo interactifs ;
- un quiz sur les horaires, les gestes et la relation client ;
- les qualités recherchées par les recruteurs du commerce ;
- les formations courtes pour débuter et évoluer.

## Pour qui ?

Les personnes qui cherchent un premier emploi, un job étudiant ou une reconversion rapide dans la vente et la grande distribution.`,
    providerSlug: 'horizons-competences',
    type: 'e-learning',
    themes: ['choisir-un-metier'],
    audience: 'candidats',
    priceModel: 'gratuit',
    priceText: null,
    platforms: ['web'],
    languages: ['fr'],
    accessibility: 'Conforme partiellement au RGAA 4.1 ; vidéos sous-titrées.',
    url: 'https://www.horizons-competences.fr.example/un-jour-en-magasin',
    logo: 'un-jour-en-magasin.svg',
    romeCodes: ['D1507', 'D1106', 'D1214'],
    publishedAt: '2021-03-15',
    featured: false,
    views: 9640,
    linkOuts: 3210,
  },
  {
    slug: 'boussole-reconversion',
    name: 'Boussole reconversion',
    pitch: "Répondez à un questionnaire de vingt minutes et obtenez des pistes de métiers compatibles avec vos compétences et vos envies.",
    description: `Vous voulez changer de métier sans savoir par où commencer ? La Boussole reconversion analyse vos compétences, vos valeurs et vos contraintes pour vous proposer des métiers accessibles, classés selon l'effort de formation nécessaire.

Le résultat n'est pas un verdict : c'est une base de discussion à approfondir avec un conseiller en évolution professionnelle.

## Ce que vous obtenez

- un questionnaire de soixante questions, sans bonne ni mauvaise réponse ;
- une liste de métiers proches ou plus éloignés de votre expérience ;
- pour chaque métier, les compétences à acquérir et les formations possibles ;
- un export PDF de vos résultats.

## Pour qui ?

Les salariés et demandeurs d'emploi qui envisagent une reconversion professionnelle, après un licenciement, un problème de santé ou simplement l'envie de changer.`,
    providerSlug: 'horizons-competences',
    type: 'simulateur',
    themes: ['choisir-un-metier'],
    audience: 'candidats',
    priceModel: 'gratuit',
    priceText: null,
    platforms: ['web'],
    languages: ['fr'],
    accessibility: 'Conforme au RGAA 4.1 (audit de 2025).',
    url: 'https://www.horizons-competences.fr.example/boussole',
    logo: 'boussole-reconversion.svg',
    romeCodes: [],
    publishedAt: '2024-09-02',
    featured: false,
    views: 22310,
    linkOuts: 9870,
  },
  {
    slug: 'coder-pour-debuter',
    name: 'Coder pour débuter',
    pitch: "Un MOOC d'initiation à la programmation pour découvrir les bases du développement web en six semaines.",
    description: `Vous n'avez jamais écrit une ligne de code ? Ce MOOC vous fait découvrir la programmation à travers de petits projets concrets : une page web, un formulaire, un jeu simple.

Les exercices se font directement dans le navigateur, sans rien installer. Des étudiants tuteurs répondent aux questions sur le forum.

## Au programme

- les bases du HTML et du CSS ;
- la logique de programmation avec JavaScript ;
- la publication d'un premier site ;
- un panorama des métiers du numérique et des formations pour aller plus loin.

## Pour qui ?

Les curieux, les lycéens et les adultes qui envisagent une reconversion vers le numérique et veulent vérifier que le développement informatique leur plaît avant de s'engager dans une formation longue.`,
    providerSlug: 'campus-deux-rives',
    type: 'mooc',
    themes: ['se-former', 'choisir-un-metier'],
    audience: 'candidats',
    priceModel: 'gratuit',
    priceText: null,
    platforms: ['web'],
    languages: ['fr'],
    accessibility: 'Conforme partiellement au RGAA 4.1 ; éditeur de code utilisable au clavier.',
    url: 'https://www.campus-deux-rives.fr.example/mooc/coder-pour-debuter',
    logo: 'coder-pour-debuter.svg',
    romeCodes: ['M1805'],
    publishedAt: '2017-09-25',
    featured: false,
    views: 41230,
    linkOuts: 16840,
  },
  {
    slug: 'portraits-numeriques',
    name: 'Portraits numériques',
    pitch: "Dix professionnels du numérique racontent leur métier, leur parcours et leurs conseils pour se lancer.",
    description: `Développeuse, graphiste, chargé de communication web : les métiers du numérique sont nombreux et parfois mal connus. Ce site présente dix portraits vidéo tournés dans des entreprises et des administrations.

Chaque portrait est accompagné d'une fiche qui résume les missions, les compétences, les salaires de début de carrière et les formations pour y accéder, de la formation courte au diplôme d'ingénieur.

## Ce que vous y trouverez

- dix vidéos de cinq minutes, sous-titrées ;
- des fiches métiers synthétiques ;
- des parcours atypiques, dont plusieurs reconversions ;
- une sélection de MOOC pour tester chaque métier.

## Pour qui ?

Les jeunes en orientation, les femmes qui envisagent un métier du numérique et toute personne qui s'interroge sur ces carrières.`,
    providerSlug: 'campus-deux-rives',
    type: 'site-web',
    themes: ['choisir-un-metier'],
    audience: 'candidats',
    priceModel: 'gratuit',
    priceText: null,
    platforms: ['web'],
    languages: ['fr'],
    accessibility: 'Conforme au RGAA 4.1 ; vidéos sous-titrées et transcrites.',
    url: 'https://www.campus-deux-rives.fr.example/portraits-numeriques',
    logo: 'portraits-numeriques.svg',
    romeCodes: ['M1805', 'E1205', 'E1103'],
    publishedAt: '2019-02-11',
    featured: false,
    views: 12570,
    linkOuts: 4380,
  },
  {
    slug: 'ateliers-d-art-et-coulisses',
    name: "Ateliers d'art et coulisses",
    pitch: "Un MOOC pour découvrir les métiers d'art et les métiers techniques du spectacle, de la dorure au décor de théâtre.",
    description: `Doreurs, peintres sur céramique, décorateurs et accessoiristes de théâtre partagent dans ce MOOC leurs savoir-faire et leurs parcours.

En quatre semaines, vous découvrez les gestes, les matériaux et les réalités économiques de ces métiers passionnants mais exigeants, souvent exercés en atelier indépendant ou en intermittence.

## Au programme

- les métiers de la décoration d'objets d'art et de la restauration ;
- les métiers du décor et des accessoires de spectacle ;
- les formations : CAP, diplômes des métiers d'art, apprentissage ;
- s'installer à son compte ou travailler pour une compagnie.

## Pour qui ?

Les personnes attirées par l'artisanat d'art ou le spectacle vivant, en orientation ou en reconversion.`,
    providerSlug: 'campus-deux-rives',
    type: 'mooc',
    themes: ['choisir-un-metier', 'se-former'],
    audience: 'candidats',
    priceModel: 'gratuit',
    priceText: null,
    platforms: ['web'],
    languages: ['fr'],
    accessibility: 'Vidéos sous-titrées ; conformité au RGAA non évaluée.',
    url: 'https://www.campus-deux-rives.fr.example/mooc/ateliers-d-art',
    logo: 'ateliers-d-art-et-coulisses.svg',
    romeCodes: ['B1302', 'L1503'],
    publishedAt: '2022-05-09',
    featured: false,
    views: 4870,
    linkOuts: 1650,
  },
  {
    slug: 'devenir-formateur-d-adultes',
    name: "Devenir formateur d'adultes",
    pitch: "Un parcours en ligne pour apprendre à concevoir et animer une formation, et découvrir les métiers de l'accompagnement vers l'emploi.",
    description: `Vous avez une solide expérience dans votre métier et souhaitez la transmettre ? Ce parcours en ligne vous initie à la pédagogie pour adultes et présente les métiers de la formation et de l'insertion professionnelle.

Il combine des apports théoriques, des études de cas et une séance d'animation filmée que vous pourrez faire évaluer par un pair.

## Ce que vous y trouverez

- les principes de l'apprentissage chez l'adulte ;
- la construction d'un déroulé pédagogique et d'une évaluation ;
- l'animation en présentiel et en classe virtuelle ;
- les métiers de formateur, de conseiller en insertion et de concepteur e-learning ;
- les certifications qui permettent d'exercer.

## Pour qui ?

Les professionnels expérimentés qui envisagent une reconversion vers la formation professionnelle ou l'accompagnement vers l'emploi.`,
    providerSlug: 'campus-deux-rives',
    type: 'e-learning',
    themes: ['se-former', 'choisir-un-metier'],
    audience: 'candidats',
    priceModel: 'gratuit',
    priceText: null,
    platforms: ['web'],
    languages: ['fr'],
    accessibility: 'Conforme partiellement au RGAA 4.1.',
    url: 'https://www.campus-deux-rives.fr.example/devenir-formateur',
    logo: 'devenir-formateur-d-adultes.svg',
    romeCodes: ['K2111', 'K1801'],
    publishedAt: '2023-01-16',
    featured: false,
    views: 6320,
    linkOuts: 2140,
  },
  {
    slug: 'creer-sa-micro-entreprise-pas-a-pas',
    name: 'Créer sa micro-entreprise pas à pas',
    pitch: "Un parcours gratuit pour comprendre le régime de la micro-entreprise, s'immatriculer et réussir sa première année.",
    description: `Le régime de la micro-entreprise permet de se lancer simplement, mais il comporte des règles à connaître : plafonds de chiffre d'affaires, cotisations, facturation, assurance.

Ce parcours en ligne, conçu par les bénévoles de l'association à partir des questions les plus fréquentes de leurs accompagnés, vous guide étape par étape.

## Ce que vous y trouverez

- huit modules courts avec quiz ;
- des modèles de devis, de factures et de livre des recettes ;
- un calendrier des déclarations et des échéances ;
- les erreurs à éviter pendant la première année ;
- la possibilité de demander un parrain bénévole près de chez vous.

## Pour qui ?

Les personnes qui veulent créer une activité indépendante, en complément d'un emploi ou pour sortir du chômage, sans connaissance préalable en gestion.`,
    providerSlug: 'elan-createurs',
    type: 'e-learning',
    themes: ['creer-son-entreprise'],
    audience: 'candidats',
    priceModel: 'gratuit',
    priceText: null,
    platforms: ['web'],
    languages: ['fr'],
    accessibility: 'Conforme partiellement au RGAA 4.1 ; modules disponibles en version imprimable.',
    url: 'https://www.elan-createurs.fr.example/micro-entreprise',
    logo: 'creer-sa-micro-entreprise-pas-a-pas.svg',
    romeCodes: [],
    publishedAt: '2016-06-20',
    featured: false,
    views: 58940,
    linkOuts: 23370,
  },
  {
    slug: 'previsionnel-express',
    name: 'Prévisionnel express',
    pitch: "Construisez le prévisionnel financier de votre projet de création d'entreprise en une heure, sans être expert-comptable.",
    description: `Banques et financeurs vous le demanderont : un prévisionnel financier sur trois ans. Ce simulateur vous pose les bonnes questions, dans un langage simple, et produit automatiquement les tableaux attendus.

La version gratuite couvre un premier scénario ; la version complète permet de comparer plusieurs hypothèses et d'exporter un dossier de financement prêt à l'emploi.

## Ce que vous obtenez

- un compte de résultat et un plan de trésorerie prévisionnels ;
- le calcul du seuil de rentabilité ;
- des valeurs de référence par secteur d'activité ;
- l'export du dossier au format PDF ou tableur (version complète).

## Pour qui ?

Les porteurs de projet de création ou de reprise d'entreprise, accompagnés ou non par un réseau d'aide à la création.`,
    providerSlug: 'elan-createurs',
    type: 'simulateur',
    themes: ['creer-son-entreprise'],
    audience: 'candidats',
    priceModel: 'freemium',
    priceText: 'Gratuit pour un scénario, version complète à 19 € par projet',
    platforms: ['web'],
    languages: ['fr'],
    accessibility: 'Non évalué.',
    url: 'https://www.elan-createurs.fr.example/previsionnel',
    logo: 'previsionnel-express.svg',
    romeCodes: [],
    publishedAt: '2019-10-07',
    featured: false,
    views: 14280,
    linkOuts: 6950,
  },
  {
    slug: 'reprendre-une-entreprise',
    name: 'Reprendre une entreprise',
    pitch: "Un MOOC pour découvrir la reprise d'entreprise, une alternative à la création souvent méconnue des demandeurs d'emploi.",
    description: `Chaque année, des milliers de petites entreprises en bonne santé cherchent un repreneur faute de successeur. Reprendre une entreprise existante, c'est bénéficier d'une clientèle, d'une équipe et d'un savoir-faire.

Ce MOOC, animé par des cédants, des repreneurs et des experts bénévoles, vous explique comment trouver une cible, l'évaluer et financer son rachat.

## Au programme

- le profil du repreneur et le projet de reprise ;
- trouver des entreprises à reprendre ;
- lire un bilan et évaluer une entreprise ;
- négocier avec le cédant et organiser la transition ;
- les financements et les aides mobilisables.

## Pour qui ?

Les cadres, techniciens et artisans expérimentés qui veulent diriger une PME sans partir de zéro.`,
    providerSlug: 'elan-createurs',
    type: 'mooc',
    themes: ['creer-son-entreprise'],
    audience: 'candidats',
    priceModel: 'gratuit',
    priceText: null,
    platforms: ['web'],
    languages: ['fr'],
    accessibility: 'Vidéos sous-titrées ; conformité au RGAA non évaluée.',
    url: 'https://www.elan-createurs.fr.example/mooc/reprise',
    logo: 'reprendre-une-entreprise.svg',
    romeCodes: ['M1302'],
    publishedAt: '2021-11-08',
    featured: false,
    views: 8760,
    linkOuts: 3120,
  },
  {
    slug: 'le-fournil-virtuel',
    name: 'Le Fournil virtuel',
    pitch: "Pétrissez, façonnez et enfournez dans ce jeu sérieux qui fait découvrir les métiers de la boulangerie et de la vente en boutique.",
    description: `Il est 4 heures du matin et la boutique ouvre à 7 heures. Dans Le Fournil virtuel, vous prenez la place d'un apprenti qui doit préparer baguettes, pains de campagne et viennoiseries avant l'arrivée des premiers clients.

Dosage, pétrissage, pointage, façonnage, cuisson : chaque étape est expliquée par un maître artisan. Vous passez ensuite de l'autre côté du comptoir pour conseiller les clients et tenir la caisse.

## Ce que vous y trouverez

- trois journées de jeu de difficulté croissante ;
- les gestes et le vocabulaire du fournil ;
- les règles d'hygiène et de sécurité alimentaire ;
- les formations pour devenir artisan : CAP, mention complémentaire, brevet professionnel ;
- des offres d'apprentissage dans les boulangeries partenaires.

## Pour qui ?

Les jeunes qui envisagent l'apprentissage et les adultes en reconversion vers l'artisanat alimentaire.`,
    providerSlug: 'maison-des-metiers-de-bouche',
    type: 'serious-game',
    themes: ['choisir-un-metier', 'se-former'],
    audience: 'candidats',
    priceModel: 'gratuit',
    priceText: null,
    platforms: ['web', 'ios', 'android'],
    languages: ['fr'],
    accessibility: 'Non conforme au RGAA ; sous-titres et mode contraste élevé disponibles.',
    url: 'https://www.metiers-de-bouche.fr.example/fournil-virtuel',
    logo: 'le-fournil-virtuel.svg',
    romeCodes: ['D1102', 'D1106'],
    publishedAt: '2020-02-24',
    featured: true,
    views: 35480,
    linkOuts: 12660,
  },
  {
    slug: 'hygiene-alimentaire-en-ligne',
    name: 'Hygiène alimentaire en ligne',
    pitch: "La formation à l'hygiène alimentaire exigée en restauration commerciale, entièrement à distance et validée par une attestation.",
    description: `Toute personne qui ouvre un restaurant, un food truck ou une activité de vente à emporter doit justifier d'une formation à l'hygiène alimentaire. Ce module en ligne en reprend le programme officiel.

Les contenus sont illustrés par des situations de cuisine, de fournil et de restauration rapide. Une attestation est délivrée après réussite au test final.

## Ce que vous obtenez

- quatorze heures de formation à suivre à votre rythme ;
- la méthode HACCP et le plan de maîtrise sanitaire ;
- la gestion des températures, de la traçabilité et des allergènes ;
- une attestation de formation reconnue par l'administration ;
- un accès de six mois aux ressources.

## Pour qui ?

Les créateurs et repreneurs de restaurants, les cuisiniers, les commis et les employés polyvalents de restauration.`,
    providerSlug: 'maison-des-metiers-de-bouche',
    type: 'e-learning',
    themes: ['se-former', 'creer-son-entreprise'],
    audience: 'tous',
    priceModel: 'payant',
    priceText: '45 € le parcours complet avec attestation',
    platforms: ['web'],
    languages: ['fr'],
    accessibility: 'Conforme partiellement au RGAA 4.1.',
    url: 'https://www.metiers-de-bouche.fr.example/hygiene-alimentaire',
    logo: 'hygiene-alimentaire-en-ligne.svg',
    romeCodes: ['G1602', 'G1603', 'D1102'],
    publishedAt: '2018-04-09',
    featured: false,
    views: 19870,
    linkOuts: 8840,
  },
  {
    slug: 'service-en-salle-les-gestes-pro',
    name: 'Service en salle : les gestes pro',
    pitch: "Des vidéos courtes et des exercices pour apprendre le service à l'assiette, le service au bar et l'accueil des clients.",
    description: `Dresser une table, porter trois assiettes, conseiller un vin, servir un café à la machine : le service en salle s'apprend. Ce module en ligne rassemble plus de quarante vidéos tournées dans un restaurant d'application.

Il peut être suivi seul avant une première saison ou en complément d'une formation en alternance.

## Ce que vous y trouverez

- les techniques de service et de débarrassage ;
- la prise de commande et la vente additionnelle ;
- les bases du bar : cafés, boissons chaudes, cocktails sans alcool ;
- l'accueil, la gestion des réclamations et le travail en brigade ;
- un quiz de validation par chapitre.

## Pour qui ?

Les débutants qui visent un emploi de serveur, de commis de salle ou de barman, et les saisonniers qui veulent se perfectionner.`,
    providerSlug: 'maison-des-metiers-de-bouche',
    type: 'e-learning',
    themes: ['se-former'],
    audience: 'candidats',
    priceModel: 'gratuit',
    priceText: null,
    platforms: ['web', 'android'],
    languages: ['fr', 'en'],
    accessibility: 'Vidéos sous-titrées en français et en anglais ; non évalué au regard du RGAA.',
    url: 'https://www.metiers-de-bouche.fr.example/service-en-salle',
    logo: 'service-en-salle-les-gestes-pro.svg',
    romeCodes: ['G1803', 'G1801', 'G1602'],
    publishedAt: '2022-03-28',
    featured: false,
    views: 7430,
    linkOuts: 2390,
  },
  {
    slug: 'cap-sur-le-canada',
    name: 'Cap sur le Canada',
    pitch: "Le guide complet pour préparer une expérience professionnelle au Canada : visas, offres d'emploi, reconnaissance des diplômes.",
    description: `Le Canada recrute chaque année des milliers de francophones, notamment au Québec et au Nouveau-Brunswick. Ce site vous aide à construire votre projet de mobilité internationale, de la première idée jusqu'à l'installation.

Des webinaires mensuels avec des employeurs canadiens et des Français installés sur place complètent les ressources en ligne.

## Ce que vous y trouverez

- les différents permis de travail et programmes pour les jeunes ;
- les secteurs et les provinces qui recrutent ;
- la démarche de reconnaissance des diplômes et des qualifications ;
- des conseils pour adapter son CV au format nord-américain ;
- un calendrier des salons de recrutement en ligne.

## Pour qui ?

Les jeunes diplômés, les professionnels expérimentés et les personnes en reconversion qui envisagent de travailler au Canada pour quelques mois ou pour s'y installer.`,
    providerSlug: 'passerelles-internationales',
    type: 'site-web',
    themes: ['travailler-a-l-international'],
    audience: 'candidats',
    priceModel: 'gratuit',
    priceText: null,
    platforms: ['web'],
    languages: ['fr', 'en'],
    accessibility: 'Conforme partiellement au RGAA 4.1.',
    url: 'https://www.passerelles-internationales.fr.example/canada',
    logo: 'cap-sur-le-canada.svg',
    romeCodes: [],
    publishedAt: '2015-10-19',
    featured: true,
    views: 98710,
    linkOuts: 47390,
  },
  {
    slug: 'travailler-en-allemagne',
    name: 'Travailler en Allemagne : le guide pratique',
    pitch: "Un module en ligne pour comprendre le marché du travail allemand, postuler en allemand et réussir son installation.",
    description: `L'Allemagne manque de main-d'œuvre qualifiée dans l'industrie, le soin, la logistique et l'hôtellerie. Ce parcours en ligne vous donne les clés pour y trouver un emploi ou une place en apprentissage.

Il a été conçu avec des conseillers franco-allemands et peut être suivi en français ou en allemand.

## Ce que vous y trouverez

- le fonctionnement du marché du travail et des contrats allemands ;
- la rédaction d'un dossier de candidature à l'allemande ;
- la préparation d'un entretien d'embauche en allemand ;
- la sécurité sociale, la fiscalité et le logement ;
- les dispositifs d'apprentissage transfrontalier.

## Pour qui ?

Les candidats qui parlent au moins un peu l'allemand, les frontaliers et les jeunes qui souhaitent effectuer une formation en alternance de l'autre côté du Rhin.`,
    providerSlug: 'passerelles-internationales',
    type: 'e-learning',
    themes: ['travailler-a-l-international', 'preparer-sa-candidature'],
    audience: 'candidats',
    priceModel: 'gratuit',
    priceText: null,
    platforms: ['web'],
    languages: ['fr', 'de'],
    accessibility: 'Conforme partiellement au RGAA 4.1 ; vidéos sous-titrées.',
    url: 'https://www.passerelles-internationales.fr.example/allemagne',
    logo: 'travailler-en-allemagne.svg',
    romeCodes: [],
    publishedAt: '2019-04-29',
    featured: false,
    views: 21540,
    linkOuts: 8970,
  },
  {
    slug: 'partir-en-volontariat-a-l-etranger',
    name: "Partir en volontariat à l'étranger",
    pitch: "Stages, volontariats, échanges de jeunes : toutes les solutions pour acquérir une première expérience à l'étranger.",
    description: `Une première expérience à l'étranger est un atout sur un CV et une aventure humaine. Ce site présente les programmes qui permettent aux 18-30 ans de partir travailler, se former ou s'engager hors de France, souvent avec une indemnité.

Un moteur de recherche rassemble les missions proposées par les organismes agréés.

## Ce que vous y trouverez

- les volontariats en entreprise, en administration et en association ;
- les stages et les formations professionnelles à l'étranger financés ;
- les programmes d'échanges pour les jeunes en insertion ;
- des témoignages de volontaires de retour en France ;
- une liste des démarches avant le départ.

## Pour qui ?

Les jeunes de 18 à 30 ans, diplômés ou non, y compris les jeunes suivis par une mission locale.`,
    providerSlug: 'passerelles-internationales',
    type: 'site-web',
    themes: ['travailler-a-l-international', 'se-former'],
    audience: 'candidats',
    priceModel: 'gratuit',
    priceText: null,
    platforms: ['web'],
    languages: ['fr', 'en', 'es'],
    accessibility: 'Conforme au RGAA 4.1 (audit de 2022).',
    url: 'https://www.passerelles-internationales.fr.example/volontariat',
    logo: 'partir-en-volontariat-a-l-etranger.svg',
    romeCodes: [],
    publishedAt: '2017-06-12',
    featured: false,
    views: 16230,
    linkOuts: 7010,
  },
  {
    slug: 'cout-de-la-vie-a-l-etranger',
    name: "Coût de la vie à l'étranger",
    pitch: "Comparez votre pouvoir d'achat en France et dans plus de 80 pays avant d'accepter une offre d'emploi à l'étranger.",
    description: `Un salaire élevé peut cacher un coût de la vie encore plus élevé. Ce simulateur compare votre budget actuel avec celui que vous auriez dans la ville de destination : logement, transports, alimentation, santé, impôts.

Les données sont mises à jour chaque trimestre à partir de sources publiques et de relevés de prix.

## Ce que vous obtenez

- le salaire équivalent nécessaire pour conserver votre niveau de vie ;
- un budget mensuel détaillé poste par poste ;
- une comparaison entre deux villes ou deux pays ;
- des conseils sur la protection sociale et la retraite des expatriés.

## Pour qui ?

Les candidats à la mobilité internationale qui négocient un contrat local ou un détachement, et les conseillers qui les accompagnent.`,
    providerSlug: 'passerelles-internationales',
    type: 'simulateur',
    themes: ['travailler-a-l-international'],
    audience: 'candidats',
    priceModel: 'gratuit',
    priceText: null,
    platforms: ['web'],
    languages: ['fr', 'en'],
    accessibility: 'Conforme partiellement au RGAA 4.1.',
    url: 'https://www.passerelles-internationales.fr.example/cout-de-la-vie',
    logo: 'cout-de-la-vie-a-l-etranger.svg',
    romeCodes: [],
    publishedAt: '2023-08-21',
    featured: false,
    views: 11890,
    linkOuts: 4250,
  },
  {
    slug: 'premiers-pas-en-service-de-soins',
    name: 'Premiers pas en service de soins',
    pitch: "Découvrez le quotidien d'une équipe soignante à l'hôpital et en établissement pour personnes âgées avant de vous engager en formation.",
    description: `Avant d'entrer en formation d'aide-soignant ou en institut de formation en soins infirmiers, il est utile de savoir à quoi ressemble une journée dans un service. Ce parcours en ligne vous fait suivre une équipe de jour et une équipe de nuit.

Toilette, repas, transmissions, écoute des familles : vous découvrez les gestes, les horaires et les valeurs de ces métiers du soin.

## Ce que vous y trouverez

- des vidéos tournées à l'hôpital et en EHPAD ;
- un quiz pour vérifier si ces métiers vous correspondent ;
- les conditions d'accès aux formations et les épreuves de sélection ;
- les possibilités de financement et de formation en apprentissage.

## Pour qui ?

Les jeunes et les adultes en reconversion qui s'intéressent aux métiers du soin, ainsi que les conseillers qui les orientent.`,
    providerSlug: 'institut-sante-avenir',
    type: 'e-learning',
    themes: ['choisir-un-metier', 'se-former'],
    audience: 'candidats',
    priceModel: 'gratuit',
    priceText: null,
    platforms: ['web'],
    languages: ['fr'],
    accessibility: 'Conforme au RGAA 4.1 ; vidéos sous-titrées et audiodécrites.',
    url: 'https://www.institut-sante-avenir.fr.example/premiers-pas',
    logo: 'premiers-pas-en-service-de-soins.svg',
    romeCodes: ['J1501', 'J1506'],
    publishedAt: '2021-01-11',
    featured: false,
    views: 27460,
    linkOuts: 10930,
  },
  {
    slug: 'accompagner-au-quotidien',
    name: 'Accompagner au quotidien',
    pitch: "Un MOOC pour découvrir les métiers de l'aide à domicile et de la petite enfance, qui recrutent partout en France.",
    description: `Aider une personne âgée à rester chez elle, accompagner un adulte en situation de handicap, garder de jeunes enfants : ces métiers de l'accompagnement sont essentiels et recrutent toute l'année.

Ce MOOC présente leur réalité avec honnêteté : la richesse des relations humaines, mais aussi les horaires, les déplacements et la fatigue physique.

## Au programme

- les métiers d'auxiliaire de vie, d'assistant de vie et d'assistante maternelle ;
- la bientraitance et la communication avec les personnes accompagnées ;
- les gestes de sécurité au domicile ;
- les diplômes, la VAE et les employeurs du secteur.

## Pour qui ?

Les personnes qui envisagent un métier des services à la personne, y compris sans diplôme, et les aidants familiaux qui souhaitent faire reconnaître leur expérience.`,
    providerSlug: 'institut-sante-avenir',
    type: 'mooc',
    themes: ['choisir-un-metier', 'se-former'],
    audience: 'candidats',
    priceModel: 'gratuit',
    priceText: null,
    platforms: ['web'],
    languages: ['fr'],
    accessibility: 'Conforme partiellement au RGAA 4.1 ; vidéos sous-titrées.',
    url: 'https://www.institut-sante-avenir.fr.example/mooc/accompagner',
    logo: 'accompagner-au-quotidien.svg',
    romeCodes: ['K1302', 'K1303'],
    publishedAt: '2020-09-14',
    featured: false,
    views: 15320,
    linkOuts: 5670,
  },
  {
    slug: 'trouver-son-alternance',
    name: 'Trouver son alternance',
    pitch: "Des milliers d'offres en apprentissage et en contrat de professionnalisation, et un accompagnement pour décrocher son contrat.",
    description: `L'alternance permet de se former tout en étant salarié et rémunéré. Encore faut-il trouver une entreprise d'accueil ! Ce site rassemble les offres en apprentissage et en contrat de professionnalisation, ainsi que les formations qui ont encore des places.

Il propose aussi une liste d'entreprises qui accueillent régulièrement des alternants, pour envoyer des candidatures spontanées ciblées.

## Ce que vous y trouverez

- un moteur de recherche d'offres et de formations en alternance ;
- des modèles de CV et de lettre de motivation pour l'apprentissage ;
- un calendrier des journées portes ouvertes des centres de formation ;
- les droits et la rémunération de l'alternant.

## Pour qui ?

Les jeunes de 16 à 29 ans, les adultes en reconversion par l'alternance et les parents qui les accompagnent.`,
    providerSlug: 'fil-alternance',
    type: 'site-web',
    themes: ['se-former', 'trouver-un-emploi'],
    audience: 'candidats',
    priceModel: 'gratuit',
    priceText: null,
    platforms: ['web', 'ios', 'android'],
    languages: ['fr'],
    accessibility: 'Conforme au RGAA 4.1 (audit de 2024).',
    url: 'https://www.fil-alternance.fr.example/offres',
    logo: 'trouver-son-alternance.svg',
    romeCodes: [],
    publishedAt: '2018-07-02',
    featured: true,
    views: 119850,
    linkOuts: 73640,
  },
  {
    slug: 'simulateur-remuneration-apprenti',
    name: "Simulateur de rémunération de l'apprenti",
    pitch: "Calculez le salaire d'un apprenti selon son âge et son année de contrat, ainsi que le coût réel pour l'employeur.",
    description: `Combien gagne un apprenti ? Combien coûte-t-il à l'entreprise une fois les aides déduites ? Ce simulateur répond aux deux questions en quelques secondes.

Il applique les grilles légales de rémunération et les aides à l'embauche en vigueur, et signale les conventions collectives qui prévoient un salaire plus favorable.

## Ce que vous obtenez

- le salaire brut et net mensuel de l'apprenti, année par année ;
- le coût total pour l'employeur, aides déduites ;
- les règles applicables en cas de contrat en cours d'année ;
- une fiche récapitulative à imprimer ou à partager.

## Pour qui ?

Les futurs apprentis et leurs familles, ainsi que les employeurs qui envisagent de recruter en apprentissage.`,
    providerSlug: 'fil-alternance',
    type: 'simulateur',
    themes: ['se-former'],
    audience: 'tous',
    priceModel: 'gratuit',
    priceText: null,
    platforms: ['web'],
    languages: ['fr'],
    accessibility: 'Conforme au RGAA 4.1.',
    url: 'https://www.fil-alternance.fr.example/simulateur-remuneration',
    logo: 'simulateur-remuneration-apprenti.svg',
    romeCodes: [],
    publishedAt: '2019-09-09',
    featured: false,
    views: 43180,
    linkOuts: 12510,
  },
  {
    slug: 'recruter-un-apprenti',
    name: 'Recruter un apprenti : le guide employeur',
    pitch: "Un module court pour réussir le recrutement et l'accueil d'un apprenti, de l'offre au premier jour.",
    description: `Vous dirigez une TPE ou une PME et pensez à former un jeune en apprentissage ? Ce module en ligne vous accompagne dans chaque étape : choisir la formation, publier l'offre, signer le contrat et bien accueillir l'apprenti.

Il a été conçu avec des chefs d'entreprise et des maîtres d'apprentissage de différents secteurs.

## Ce que vous y trouverez

- les obligations de l'employeur et le rôle du maître d'apprentissage ;
- les aides financières à l'embauche d'un alternant ;
- les démarches administratives et le dépôt du contrat ;
- un livret d'accueil à personnaliser ;
- des conseils pour prévenir les ruptures de contrat.

## Pour qui ?

Les employeurs, les responsables des ressources humaines et les futurs tuteurs qui accueillent un apprenti pour la première fois.`,
    providerSlug: 'fil-alternance',
    type: 'e-learning',
    themes: ['se-former', 'trouver-un-emploi'],
    audience: 'entreprises',
    priceModel: 'gratuit',
    priceText: null,
    platforms: ['web'],
    languages: ['fr'],
    accessibility: 'Conforme partiellement au RGAA 4.1.',
    url: 'https://www.fil-alternance.fr.example/employeurs',
    logo: 'recruter-un-apprenti.svg',
    romeCodes: [],
    publishedAt: '2020-06-29',
    featured: false,
    views: 8940,
    linkOuts: 3980,
  },
  {
    slug: 'metiers-verts',
    name: 'Métiers verts',
    pitch: "Fiches métiers, témoignages et offres saisonnières pour travailler dans le paysage, le maraîchage et l'horticulture.",
    description: `Aménager un parc, cultiver des légumes biologiques, produire des plantes en pépinière : les métiers verts attirent de plus en plus de personnes en quête de sens et de travail en plein air.

Ce site présente ces métiers, les formations pour y accéder, de la formation courte au BTS, et les offres de ses entreprises partenaires, y compris les emplois saisonniers.

## Ce que vous y trouverez

- une vingtaine de fiches métiers illustrées ;
- des témoignages de jardiniers, de maraîchers et de paysagistes ;
- une carte des lycées agricoles et des centres de formation ;
- les offres d'emploi et de stage du secteur ;
- des informations sur l'installation en agriculture.

## Pour qui ?

Les jeunes en orientation, les adultes en reconversion et les personnes qui cherchent un emploi saisonnier en agriculture.`,
    providerSlug: 'terres-d-avenir',
    type: 'site-web',
    themes: ['choisir-un-metier', 'trouver-un-emploi'],
    audience: 'candidats',
    priceModel: 'gratuit',
    priceText: null,
    platforms: ['web'],
    languages: ['fr'],
    accessibility: 'Conforme partiellement au RGAA 4.1.',
    url: 'https://www.terres-d-avenir.fr.example/metiers-verts',
    logo: 'metiers-verts.svg',
    romeCodes: ['A1203', 'A1414'],
    publishedAt: '2016-04-25',
    featured: false,
    views: 13670,
    linkOuts: 5480,
  },
  {
    slug: 'les-bases-du-numerique-pour-l-emploi',
    name: "Les bases du numérique pour l'emploi",
    pitch: "Apprenez à utiliser une messagerie, à remplir un formulaire en ligne et à déposer votre CV sur un site d'emploi.",
    description: `Aujourd'hui, presque toutes les démarches de recherche d'emploi passent par Internet. Ce parcours en ligne, très progressif, vous aide à acquérir les compétences numériques indispensables, à votre rythme.

Chaque leçon dure moins de dix minutes et peut être suivie sur un ordinateur, une tablette ou un smartphone. Les médiateurs de l'association peuvent vous accompagner dans l'un de leurs lieux d'accueil.

## Ce que vous y trouverez

- créer et utiliser une adresse e-mail ;
- joindre un document et scanner un papier avec son téléphone ;
- créer son espace personnel sur un site public en toute sécurité ;
- déposer son CV en ligne et répondre à une offre ;
- repérer les arnaques et protéger ses données personnelles.

## Pour qui ?

Les personnes peu à l'aise avec le numérique, quel que soit leur âge.`,
    providerSlug: 'tremplin-numerique',
    type: 'e-learning',
    themes: ['se-former', 'trouver-un-emploi'],
    audience: 'candidats',
    priceModel: 'gratuit',
    priceText: null,
    platforms: ['web', 'android'],
    languages: ['fr', 'ar'],
    accessibility: 'Conforme au RGAA 4.1 ; consignes lues à voix haute et textes en facile à lire et à comprendre (FALC).',
    url: 'https://www.tremplin-numerique.fr.example/bases',
    logo: 'les-bases-du-numerique-pour-l-emploi.svg',
    romeCodes: [],
    publishedAt: '2017-11-20',
    featured: false,
    views: 32590,
    linkOuts: 11760,
  },
  {
    slug: 'ateliers-numeriques-pres-de-chez-vous',
    name: 'Ateliers numériques près de chez vous',
    pitch: "Trouvez un atelier gratuit pour apprendre à utiliser un ordinateur ou réaliser vos démarches en ligne avec un médiateur.",
    description: `Le réseau de l'association compte plusieurs centaines de lieux de médiation numérique : médiathèques, centres sociaux, espaces publics numériques, maisons France services.

Ce site vous permet de trouver l'atelier le plus proche, de consulter son programme et de réserver une place en ligne ou par téléphone.

## Ce que vous y trouverez

- une carte des lieux de médiation numérique ;
- des ateliers collectifs sur la recherche d'emploi en ligne ;
- des rendez-vous individuels pour les démarches administratives ;
- des ordinateurs en libre accès et des prêts de matériel.

## Pour qui ?

Les personnes qui n'ont pas d'ordinateur ou qui ont besoin d'aide pour leurs démarches, et les conseillers qui souhaitent orienter leurs usagers vers un accompagnement au numérique.`,
    providerSlug: 'tremplin-numerique',
    type: 'site-web',
    themes: ['se-former', 'trouver-un-emploi'],
    audience: 'tous',
    priceModel: 'gratuit',
    priceText: null,
    platforms: ['web'],
    languages: ['fr'],
    accessibility: 'Conforme au RGAA 4.1.',
    url: 'https://www.tremplin-numerique.fr.example/ateliers',
    logo: 'ateliers-numeriques-pres-de-chez-vous.svg',
    romeCodes: [],
    publishedAt: '2025-02-03',
    featured: false,
    views: 2860,
    linkOuts: 940,
  },

  // ---------------------------------------------------------------------------------------------
  // Private partners.
  // ---------------------------------------------------------------------------------------------
  {
    slug: 'bureautique-essentielle',
    name: 'Bureautique essentielle',
    pitch: "Maîtrisez le traitement de texte, le tableur et la messagerie professionnelle grâce à des modules courts et pratiques.",
    description: `La maîtrise des outils bureautiques est demandée dans la plupart des offres d'emploi administratives, du secrétariat à la comptabilité. Ce parcours vous fait progresser de débutant à utilisateur confirmé.

Chaque module propose une vidéo de démonstration, un fichier d'exercice et une correction pas à pas. Un test de positionnement vous oriente vers le bon niveau dès le départ.

## Ce que vous obtenez

- un traitement de texte : courriers, mise en page, publipostage ;
- un tableur : formules, tableaux croisés, graphiques ;
- la messagerie et l'agenda partagés ;
- la préparation à une certification bureautique reconnue (version premium) ;
- une attestation de suivi à joindre à vos candidatures.

## Pour qui ?

Les candidats aux métiers du secrétariat, de l'assistanat et de la comptabilité, et toute personne qui veut gagner en aisance sur ordinateur.`,
    providerSlug: 'savoirlab',
    type: 'e-learning',
    themes: ['se-former'],
    audience: 'candidats',
    priceModel: 'freemium',
    priceText: 'Gratuit, options premium à partir de 9,90 € par mois',
    platforms: ['web', 'ios', 'android'],
    languages: ['fr'],
    accessibility: 'Conforme partiellement au RGAA 4.1 ; raccourcis clavier documentés.',
    url: 'https://www.savoirlab.example/bureautique',
    logo: 'bureautique-essentielle.svg',
    romeCodes: ['M1607', 'M1203'],
    publishedAt: '2016-11-14',
    featured: false,
    views: 48760,
    linkOuts: 21930,
  },
  {
    slug: 'anglais-professionnel',
    name: 'Anglais professionnel',
    pitch: "Des leçons de quinze minutes par jour pour parler anglais au travail : téléphone, réunions, e-mails et entretiens.",
    description: `L'anglais est demandé dans de nombreux métiers, de l'accueil touristique à l'informatique. Ce programme en ligne vous fait progresser en situation professionnelle, avec des dialogues tirés de la vie de bureau, de l'hôtellerie et du commerce.

Un test initial évalue votre niveau selon le cadre européen de référence, puis le parcours s'adapte à vos progrès.

## Ce que vous obtenez

- plus de 300 leçons courtes, du niveau A1 au niveau C1 ;
- des exercices de prononciation avec reconnaissance vocale ;
- des cours en petit groupe avec un formateur chaque semaine ;
- la préparation à un test d'anglais reconnu par les employeurs.

## Pour qui ?

Les demandeurs d'emploi et salariés qui ont besoin de l'anglais dans leur métier ou qui préparent une mobilité internationale.`,
    providerSlug: 'savoirlab',
    type: 'e-learning',
    themes: ['se-former', 'travailler-a-l-international'],
    audience: 'candidats',
    priceModel: 'payant',
    priceText: '19,90 € par mois, sans engagement',
    platforms: ['web', 'ios', 'android'],
    languages: ['fr', 'en'],
    accessibility: 'Non évalué.',
    url: 'https://www.savoirlab.example/anglais-pro',
    logo: 'anglais-professionnel.svg',
    romeCodes: [],
    publishedAt: '2018-02-19',
    featured: false,
    views: 37420,
    linkOuts: 15680,
  },
  {
    slug: 'banque-assurance-immobilier',
    name: 'Banque, assurance, immobilier : découvrir les métiers',
    pitch: "Un MOOC pour comprendre les métiers du conseil en assurance et de la gestion immobilière, et les formations qui y mènent.",
    description: `Conseiller en assurances, gestionnaire de copropriété, chargé de clientèle : les métiers de la banque, de l'assurance et de l'immobilier recrutent des profils variés, y compris en reconversion.

Ce MOOC en trois semaines présente les entreprises du secteur, leurs métiers et les compétences attendues. La version certifiante ajoute un module de préparation à l'entretien de recrutement et une évaluation finale.

## Au programme

- le fonctionnement d'une compagnie d'assurance et d'une agence immobilière ;
- la relation client et le conseil ;
- la réglementation et la déontologie ;
- les formations en alternance et les titres professionnels du secteur.

## Pour qui ?

Les étudiants, les demandeurs d'emploi issus du commerce ou de l'accueil et les salariés qui cherchent une reconversion vers le conseil.`,
    providerSlug: 'savoirlab',
    type: 'mooc',
    themes: ['choisir-un-metier', 'se-former'],
    audience: 'candidats',
    priceModel: 'freemium',
    priceText: 'Gratuit, certificat de réussite à 39 €',
    platforms: ['web'],
    languages: ['fr'],
    accessibility: 'Vidéos sous-titrées ; conformité au RGAA non évaluée.',
    url: 'https://www.savoirlab.example/mooc/banque-assurance-immobilier',
    logo: 'banque-assurance-immobilier.svg',
    romeCodes: ['C1102', 'C1501'],
    publishedAt: '2022-10-03',
    featured: false,
    views: 5240,
    linkOuts: 1870,
  },
  {
    slug: 'parcours-ux-ui-design',
    name: 'Parcours certifiant UX/UI design',
    pitch: "Devenez designer d'interfaces en six mois grâce à un parcours en ligne avec projets réels et mentor dédié.",
    description: `Le métier de designer UX/UI consiste à concevoir des sites et des applications agréables et faciles à utiliser. Ce parcours certifiant vous forme en six mois, à temps partiel, avec un mentor professionnel qui vous suit chaque semaine.

Vous terminez la formation avec un portfolio de quatre projets, indispensable pour convaincre un recruteur.

## Ce que vous obtenez

- des cours vidéo et des ateliers en direct ;
- quatre projets réels, dont un pour une association ;
- un mentorat individuel hebdomadaire ;
- la préparation au titre professionnel de concepteur designer UI ;
- un accompagnement à la recherche d'emploi après la formation.

## Pour qui ?

Les personnes en reconversion vers le numérique, créatives et curieuses, avec un bon niveau d'aisance informatique. Formation éligible au compte personnel de formation.`,
    providerSlug: 'pixelcampus',
    type: 'e-learning',
    themes: ['se-former'],
    audience: 'candidats',
    priceModel: 'payant',
    priceText: '3 900 € le parcours, finançable par le CPF',
    platforms: ['web'],
    languages: ['fr'],
    accessibility: 'Conforme partiellement au RGAA 4.1.',
    url: 'https://www.pixelcampus.example/parcours/ux-ui',
    logo: 'parcours-ux-ui-design.svg',
    romeCodes: ['E1205'],
    publishedAt: '2021-05-17',
    featured: false,
    views: 26780,
    linkOuts: 9460,
  },
  {
    slug: 'bootcamp-developpeur-web',
    name: 'Bootcamp développeur web',
    pitch: "Une formation intensive à distance pour devenir développeur web en trois mois, avec stage en entreprise à la clé.",
    description: `Ce bootcamp en ligne vous forme au développement d'applications web modernes, du site vitrine à l'application connectée à une base de données. Le rythme est soutenu : 35 heures par semaine pendant douze semaines, puis un stage de deux mois.

Les cours sont donnés en direct par des développeurs en activité et tous les exercices sont relus par un formateur.

## Ce que vous obtenez

- les langages et les outils les plus demandés par les entreprises ;
- le travail en équipe et les méthodes agiles ;
- un projet final présenté devant un jury de recruteurs ;
- un stage dans une entreprise partenaire ;
- la préparation au titre professionnel de développeur web.

## Pour qui ?

Les adultes en reconversion motivés, disponibles à temps plein, ayant réussi le test d'admission en ligne. Formation éligible au CPF et aux aides individuelles à la formation.`,
    providerSlug: 'pixelcampus',
    type: 'e-learning',
    themes: ['se-former', 'choisir-un-metier'],
    audience: 'candidats',
    priceModel: 'payant',
    priceText: '6 500 € la formation complète',
    platforms: ['web'],
    languages: ['fr', 'en'],
    accessibility: 'Non évalué.',
    url: 'https://www.pixelcampus.example/bootcamp-web',
    logo: 'bootcamp-developpeur-web.svg',
    romeCodes: ['M1805'],
    publishedAt: '2019-01-07',
    featured: false,
    views: 52310,
    linkOuts: 20870,
  },
  {
    slug: 'reseaux-sociaux-pour-les-pros',
    name: 'Réseaux sociaux pour les pros',
    pitch: "Un MOOC pour animer les réseaux sociaux d'une entreprise et mesurer les résultats de ses publications.",
    description: `Les petites entreprises et les associations ont besoin de personnes capables d'animer leurs réseaux sociaux. Ce MOOC de quatre semaines vous donne les bases de la communication et du marketing digital.

La partie gratuite comprend tous les cours ; l'option certifiante ajoute des corrections individuelles et un certificat.

## Au programme

- définir une ligne éditoriale et un calendrier de publication ;
- rédiger, illustrer et programmer ses publications ;
- répondre aux commentaires et gérer une crise ;
- lire les statistiques et ajuster sa stratégie ;
- découvrir les métiers de la communication et du marketing web.

## Pour qui ?

Les candidats aux métiers de la communication, les créateurs d'entreprise et les salariés à qui l'on confie la présence en ligne de leur structure.`,
    providerSlug: 'pixelcampus',
    type: 'mooc',
    themes: ['se-former', 'creer-son-entreprise'],
    audience: 'tous',
    priceModel: 'freemium',
    priceText: 'Gratuit, option certifiante à 79 €',
    platforms: ['web'],
    languages: ['fr'],
    accessibility: 'Conforme partiellement au RGAA 4.1 ; vidéos sous-titrées.',
    url: 'https://www.pixelcampus.example/mooc/reseaux-sociaux',
    logo: 'reseaux-sociaux-pour-les-pros.svg',
    romeCodes: ['E1103', 'M1705'],
    publishedAt: '2020-04-06',
    featured: false,
    views: 30150,
    linkOuts: 11240,
  },
  {
    slug: 'prospection-commerciale-b2b',
    name: 'Prospection commerciale B2B',
    pitch: "Apprenez à trouver de nouveaux clients professionnels, à préparer un rendez-vous et à conclure une vente.",
    description: `Les postes de commercial auprès des entreprises figurent parmi les plus recherchés par les recruteurs. Cette formation en ligne vous enseigne les méthodes de prospection et de négociation utilisées par les équipes de vente.

Des jeux de rôle filmés avec un formateur vous permettent de vous entraîner dans des conditions proches du terrain.

## Ce que vous obtenez

- construire un fichier de prospects et le qualifier ;
- décrocher un rendez-vous par téléphone et par e-mail ;
- mener un entretien de découverte et présenter une offre ;
- traiter les objections et conclure ;
- utiliser un outil de gestion de la relation client.

## Pour qui ?

Les candidats à un poste de commercial ou d'attaché commercial, les créateurs d'entreprise qui doivent trouver leurs premiers clients et les vendeurs qui veulent évoluer.`,
    providerSlug: 'pixelcampus',
    type: 'e-learning',
    themes: ['se-former'],
    audience: 'candidats',
    priceModel: 'payant',
    priceText: '290 € le parcours de 30 heures',
    platforms: ['web'],
    languages: ['fr'],
    accessibility: 'Non évalué.',
    url: 'https://www.pixelcampus.example/prospection-b2b',
    logo: 'prospection-commerciale-b2b.svg',
    romeCodes: ['D1402', 'M1705'],
    publishedAt: '2024-03-11',
    featured: false,
    views: 3120,
    linkOuts: 980,
  },
  {
    slug: 'postulia-offres-d-emploi',
    name: "Postulia, les offres d'emploi",
    pitch: "Des dizaines de milliers d'offres d'emploi en CDI, CDD et intérim, avec un filtre par salaire, télétravail et temps de trajet.",
    description: `Postulia rassemble chaque jour les offres d'emploi publiées par des milliers d'entreprises et d'agences de travail temporaire. Les annonces en double sont supprimées et chaque offre affiche, quand il est connu, le salaire proposé.

Créez votre profil une seule fois et postulez en un clic à toutes les offres compatibles.

## Ce que vous y trouverez

- une recherche par métier, par ville et par type de contrat ;
- des filtres sur le salaire, le télétravail et les horaires ;
- des alertes par e-mail et par notification ;
- des avis de salariés sur les entreprises ;
- des fiches conseils pour réussir vos candidatures.

## Pour qui ?

Tous les candidats, débutants ou confirmés, qui cherchent un emploi salarié en France.`,
    providerSlug: 'postulia',
    type: 'site-web',
    themes: ['trouver-un-emploi'],
    audience: 'candidats',
    priceModel: 'gratuit',
    priceText: null,
    platforms: ['web'],
    languages: ['fr', 'en'],
    accessibility: 'Conforme partiellement au RGAA 4.1.',
    url: 'https://www.postulia.example/offres',
    logo: 'postulia-offres-d-emploi.svg',
    romeCodes: [],
    publishedAt: '2014-09-22',
    featured: false,
    views: 176540,
    linkOuts: 139820,
  },
  {
    slug: 'postulia-mobile',
    name: 'Postulia Mobile',
    pitch: "L'application de Postulia pour recevoir les nouvelles offres en temps réel et postuler depuis votre téléphone.",
    description: `Avec l'application Postulia, ne manquez plus une offre. Les nouvelles annonces correspondant à vos critères arrivent en notification, et vous pouvez postuler en quelques secondes avec le CV enregistré sur votre compte.

Un assistant intégré vous aide à compléter votre CV et à rédiger un message de candidature adapté à chaque offre.

## Fonctionnalités

- notifications instantanées pour les nouvelles offres ;
- candidature en un geste avec votre CV ;
- assistant de rédaction de message de candidature ;
- suivi des candidatures et rappel pour relancer les recruteurs ;
- mode hors connexion pour consulter les offres enregistrées.

## Pour qui ?

Les candidats qui cherchent un emploi depuis leur téléphone, en particulier dans la vente, la restauration, la logistique et l'intérim.`,
    providerSlug: 'postulia',
    type: 'application-mobile',
    themes: ['trouver-un-emploi', 'preparer-sa-candidature'],
    audience: 'candidats',
    priceModel: 'gratuit',
    priceText: null,
    platforms: ['ios', 'android'],
    languages: ['fr'],
    accessibility: 'Compatible avec VoiceOver et TalkBack ; non évalué au regard du RGAA.',
    url: 'https://www.postulia.example/application',
    logo: 'postulia-mobile.svg',
    romeCodes: [],
    publishedAt: '2016-03-07',
    featured: false,
    views: 134920,
    linkOuts: 102370,
  },
  {
    slug: 'postulia-recruteurs',
    name: 'Postulia Recruteurs',
    pitch: "Publiez vos offres d'emploi sur Postulia, triez les candidatures et échangez avec les candidats depuis un seul tableau de bord.",
    description: `Postulia Recruteurs est l'espace dédié aux employeurs. Publiez une annonce en quelques minutes grâce à des modèles par métier, et recevez les candidatures dans un tableau de bord partagé avec votre équipe.

Les petites entreprises peuvent publier gratuitement leurs premières offres ; les options payantes augmentent la visibilité des annonces urgentes.

## Ce que vous obtenez

- des modèles d'offres d'emploi par métier ;
- un tri des candidatures par critères et par étiquettes ;
- une messagerie intégrée avec les candidats ;
- la planification des entretiens d'embauche ;
- des statistiques sur la performance de vos annonces.

## Pour qui ?

Les TPE, PME et associations qui recrutent régulièrement sans service des ressources humaines dédié.`,
    providerSlug: 'postulia',
    type: 'site-web',
    themes: ['trouver-un-emploi'],
    audience: 'entreprises',
    priceModel: 'freemium',
    priceText: "Gratuit jusqu'à 3 offres, puis 39 € HT par offre",
    platforms: ['web'],
    languages: ['fr'],
    accessibility: 'Non évalué.',
    url: 'https://www.postulia.example/recruteurs',
    logo: 'postulia-recruteurs.svg',
    romeCodes: [],
    publishedAt: '2017-01-30',
    featured: false,
    views: 21870,
    linkOuts: 12640,
  },
  {
    slug: 'metiers-qui-embauchent-sans-diplome',
    name: 'Les métiers qui embauchent sans diplôme',
    pitch: "Un dossier pratique sur les métiers accessibles sans diplôme, de la préparation de commandes à la sécurité privée.",
    description: `Vous n'avez pas de diplôme ou votre diplôme ne correspond plus au marché ? De nombreux métiers recrutent sur la motivation, avec une formation courte assurée par l'employeur.

Ce dossier de Postulia présente ces métiers, les conditions de travail, les salaires de départ et les offres disponibles près de chez vous.

## Ce que vous y trouverez

- des fiches sur la propreté, la sécurité, la logistique et la restauration rapide ;
- les certifications courtes qui facilitent l'embauche ;
- les perspectives d'évolution après quelques années ;
- les offres en cours, mises à jour chaque jour.

## Pour qui ?

Les personnes sans qualification, les jeunes sortis tôt du système scolaire et les personnes en reconversion rapide.`,
    providerSlug: 'postulia',
    type: 'site-web',
    themes: ['trouver-un-emploi', 'choisir-un-metier'],
    audience: 'candidats',
    priceModel: 'gratuit',
    priceText: null,
    platforms: ['web'],
    languages: ['fr'],
    accessibility: 'Conforme partiellement au RGAA 4.1.',
    url: 'https://www.postulia.example/dossiers/sans-diplome',
    logo: 'metiers-qui-embauchent-sans-diplome.svg',
    romeCodes: ['K2204', 'K2503', 'N1103', 'G1603'],
    publishedAt: '2023-04-17',
    featured: false,
    views: 17840,
    linkOuts: 9320,
  },
  {
    slug: 'entretien-coach',
    name: 'Entretien Coach',
    pitch: "Votre coach de poche pour préparer un entretien d'embauche : questions probables, réponses types et chronomètre.",
    description: `Entretien Coach vous aide à vous préparer n'importe où, dans les transports ou la salle d'attente. Indiquez le poste visé et l'application génère une liste de questions probables, avec des conseils pour y répondre.

Enregistrez vos réponses à voix haute, réécoutez-vous et suivez votre progression au fil des séances.

## Fonctionnalités

- des listes de questions par métier et par type d'entretien ;
- des fiches conseils sur la présentation, la tenue et le langage corporel ;
- l'enregistrement et la réécoute de vos réponses ;
- un mode « entretien flash » de cinq minutes ;
- des questions à poser au recruteur en fin d'entretien (version premium).

## Pour qui ?

Les candidats qui ont décroché un entretien et veulent s'entraîner à leur rythme.`,
    providerSlug: 'studio-mirabelle',
    type: 'application-mobile',
    themes: ['preparer-sa-candidature'],
    audience: 'candidats',
    priceModel: 'freemium',
    priceText: 'Gratuit, version premium à 2,99 € par mois',
    platforms: ['ios', 'android'],
    languages: ['fr'],
    accessibility: "Compatible avec les lecteurs d'écran ; taille de texte ajustable.",
    url: 'https://www.studio-mirabelle.example/entretien-coach',
    logo: 'entretien-coach.svg',
    romeCodes: [],
    publishedAt: '2017-05-22',
    featured: false,
    views: 46390,
    linkOuts: 31270,
  },
  {
    slug: 'mon-cv-en-poche',
    name: 'Mon CV en poche',
    pitch: "Créez un CV clair et professionnel depuis votre téléphone en dix minutes, puis envoyez-le directement aux recruteurs.",
    description: `Pas d'ordinateur sous la main ? Mon CV en poche vous guide rubrique par rubrique pour créer un CV soigné sur votre smartphone. L'application propose des formulations adaptées à votre métier et vérifie l'orthographe.

Le CV est exporté au format PDF et peut être envoyé par e-mail ou déposé sur les sites d'emploi.

## Fonctionnalités

- douze modèles de CV sobres et lisibles ;
- des suggestions de compétences par métier ;
- la correction orthographique et grammaticale ;
- l'export en PDF et le partage en un geste ;
- des modèles de lettre de motivation (version premium).

## Pour qui ?

Les candidats qui cherchent un emploi depuis leur téléphone, notamment les jeunes et les personnes qui n'ont pas d'ordinateur.`,
    providerSlug: 'studio-mirabelle',
    type: 'application-mobile',
    themes: ['preparer-sa-candidature'],
    audience: 'candidats',
    priceModel: 'freemium',
    priceText: 'Gratuit, modèles premium à 4,99 € en achat unique',
    platforms: ['ios', 'android'],
    languages: ['fr', 'en'],
    accessibility: 'Compatible avec VoiceOver et TalkBack.',
    url: 'https://www.studio-mirabelle.example/mon-cv-en-poche',
    logo: 'mon-cv-en-poche.svg',
    romeCodes: [],
    publishedAt: '2015-12-01',
    featured: false,
    views: 89230,
    linkOuts: 61480,
  },
  {
    slug: 'saison-job',
    name: 'Saison Job',
    pitch: "Trouvez un emploi saisonnier en station, sur le littoral ou à la campagne, avec logement et horaires indiqués.",
    description: `Chaque été et chaque hiver, les stations touristiques recherchent des milliers de saisonniers. Saison Job rassemble ces offres dans une application simple, avec les informations qui comptent vraiment : logement fourni ou non, horaires, jour de repos, salaire.

Vous pouvez créer un profil de saisonnier réutilisable d'une saison à l'autre et être contacté directement par les employeurs.

## Fonctionnalités

- des offres en cuisine, en salle, à l'accueil et en restauration rapide ;
- un filtre « logement fourni » ;
- une carte des stations et des zones qui recrutent ;
- un profil consultable par les employeurs ;
- un rappel des droits des travailleurs saisonniers.

## Pour qui ?

Les étudiants, les jeunes et les saisonniers expérimentés qui enchaînent les saisons d'été et d'hiver.`,
    providerSlug: 'studio-mirabelle',
    type: 'application-mobile',
    themes: ['trouver-un-emploi'],
    audience: 'candidats',
    priceModel: 'gratuit',
    priceText: null,
    platforms: ['ios', 'android'],
    languages: ['fr', 'en'],
    accessibility: 'Non évalué.',
    url: 'https://www.studio-mirabelle.example/saison-job',
    logo: 'saison-job.svg',
    romeCodes: ['G1602', 'G1603', 'G1803', 'G1101'],
    publishedAt: '2019-05-13',
    featured: false,
    views: 62480,
    linkOuts: 38750,
  },
  {
    slug: 'mission-embauche',
    name: 'Mission Embauche',
    pitch: "Un jeu sérieux où vous incarnez un candidat qui doit décrocher un poste : CV, candidatures, entretiens et choix stratégiques.",
    description: `Dans Mission Embauche, vous accompagnez Léa, Karim ou Jeanne dans leur recherche d'emploi. À chaque étape, vous faites des choix : à quelle offre répondre, comment présenter un trou dans le CV, quoi dire en entretien.

Le jeu montre les conséquences de chaque décision et explique les bonnes pratiques à travers les retours de recruteurs virtuels.

## Ce que vous y trouverez

- trois personnages aux parcours différents ;
- une dizaine de situations de candidature réalistes ;
- un mode « atelier » pour les conseillers et les formateurs ;
- un bilan personnalisé à la fin de chaque partie.

## Pour qui ?

Les jeunes qui cherchent leur premier emploi, les candidats qui reviennent sur le marché du travail et les professionnels qui animent des ateliers collectifs. Les structures d'accompagnement peuvent souscrire une licence.`,
    providerSlug: 'orphee-jeux-serieux',
    type: 'serious-game',
    themes: ['preparer-sa-candidature'],
    audience: 'candidats',
    priceModel: 'freemium',
    priceText: 'Gratuit pour les particuliers, licence structure à 490 € par an',
    platforms: ['web', 'ios', 'android'],
    languages: ['fr'],
    accessibility: 'Partiellement accessible au clavier ; sous-titres disponibles. Non conforme au RGAA.',
    url: 'https://www.orphee-jeux-serieux.example/mission-embauche',
    logo: 'mission-embauche.svg',
    romeCodes: [],
    publishedAt: '2016-10-17',
    featured: false,
    views: 39870,
    linkOuts: 15420,
  },
  {
    slug: 'chantier-en-jeu',
    name: 'Chantier en jeu',
    pitch: "Construisez une maison de la dalle à la remise des clés et découvrez les métiers du bâtiment dans ce jeu sérieux.",
    description: `Dans Chantier en jeu, vous dirigez la construction d'une maison individuelle. Pour avancer, il faut confier chaque tâche au bon professionnel : le maçon monte les murs, l'électricien installe les réseaux, l'ingénieur vérifie la structure.

Chaque mini-jeu reproduit un geste technique simplifié et présente le métier correspondant, sa formation et ses débouchés.

## Ce que vous y trouverez

- huit métiers du gros œuvre, du second œuvre et des études ;
- des règles de sécurité sur chantier expliquées simplement ;
- un carnet de métiers à télécharger en fin de partie ;
- des liens vers les formations en apprentissage du bâtiment.

## Pour qui ?

Les collégiens et lycéens en orientation, les demandeurs d'emploi qui envisagent le BTP et les conseillers en insertion.`,
    providerSlug: 'orphee-jeux-serieux',
    type: 'serious-game',
    themes: ['choisir-un-metier'],
    audience: 'candidats',
    priceModel: 'gratuit',
    priceText: null,
    platforms: ['web'],
    languages: ['fr'],
    accessibility: 'Non évalué.',
    url: 'https://www.orphee-jeux-serieux.example/chantier-en-jeu',
    logo: 'chantier-en-jeu.svg',
    romeCodes: ['F1703', 'F1602', 'F1106'],
    publishedAt: '2018-06-04',
    featured: false,
    views: 14560,
    linkOuts: 4870,
  },
  {
    slug: 'entrepot-express',
    name: 'Entrepôt Express',
    pitch: "Préparez les commandes, conduisez le chariot et optimisez l'entrepôt dans ce jeu qui fait découvrir les métiers de la logistique.",
    description: `L'essor du commerce en ligne a fait exploser les besoins en logistique. Dans Entrepôt Express, vous gérez un entrepôt pendant le pic d'activité des fêtes de fin d'année.

Réception des palettes, préparation des commandes, conduite d'un chariot élévateur, expédition : chaque poste est présenté par un professionnel et se joue en quelques minutes.

## Ce que vous y trouverez

- cinq postes de l'entrepôt à découvrir en jouant ;
- les règles de sécurité et les gestes et postures ;
- le certificat de conduite des chariots et les formations courtes ;
- les perspectives d'évolution vers le management de la logistique.

## Pour qui ?

Les demandeurs d'emploi et les jeunes qui envisagent la logistique, ainsi que les agences d'intérim qui préparent leurs candidats.`,
    providerSlug: 'orphee-jeux-serieux',
    type: 'serious-game',
    themes: ['choisir-un-metier'],
    audience: 'candidats',
    priceModel: 'gratuit',
    priceText: null,
    platforms: ['web', 'android'],
    languages: ['fr'],
    accessibility: 'Jouable au clavier ; non évalué au regard du RGAA.',
    url: 'https://www.orphee-jeux-serieux.example/entrepot-express',
    logo: 'entrepot-express.svg',
    romeCodes: ['N1103', 'N1101'],
    publishedAt: '2022-11-28',
    featured: false,
    views: 8320,
    linkOuts: 2710,
  },
  {
    slug: 'garage-3-0',
    name: 'Garage 3.0',
    pitch: "Diagnostiquez, réparez et rendez les véhicules à l'heure dans ce jeu qui fait découvrir la mécanique automobile.",
    description: `Voiture électrique en panne, bruit suspect, voyant allumé : dans Garage 3.0, vous êtes le nouveau technicien d'un atelier de réparation automobile.

Utilisez la valise de diagnostic, commandez les bonnes pièces et expliquez l'intervention au client. Le jeu intègre les évolutions du métier liées aux véhicules hybrides et électriques.

## Ce que vous y trouverez

- vingt pannes à diagnostiquer ;
- une découverte des habilitations pour les véhicules électriques ;
- la relation avec le client à la réception de l'atelier ;
- les formations du CAP au BTS, en apprentissage ou pour adultes.

## Pour qui ?

Les jeunes attirés par la mécanique et les adultes en reconversion. Une version pour les centres de formation inclut un tableau de suivi des joueurs.`,
    providerSlug: 'orphee-jeux-serieux',
    type: 'serious-game',
    themes: ['choisir-un-metier', 'se-former'],
    audience: 'candidats',
    priceModel: 'freemium',
    priceText: 'Gratuit, version établissement à 290 € par an',
    platforms: ['web', 'ios'],
    languages: ['fr'],
    accessibility: 'Non évalué.',
    url: 'https://www.orphee-jeux-serieux.example/garage',
    logo: 'garage-3-0.svg',
    romeCodes: ['I1604'],
    publishedAt: '2025-06-23',
    featured: false,
    views: 1940,
    linkOuts: 610,
  },
  {
    slug: 'l-aventure-entrepreneuriale',
    name: "L'Aventure entrepreneuriale",
    pitch: "Un jeu de gestion pour vivre les trois premières années d'une jeune entreprise et apprendre à éviter les pièges.",
    description: `Ouvrez votre commerce, votre atelier ou votre agence de services, et faites-le durer ! L'Aventure entrepreneuriale simule les trois premières années d'une création d'entreprise, mois après mois.

Vous fixez vos prix, recrutez, négociez avec la banque et gérez les imprévus. Le jeu s'appuie sur des données réelles de défaillance des jeunes entreprises.

## Ce que vous y trouverez

- six types d'entreprise à créer ;
- des événements inspirés de situations réelles ;
- un tableau de bord financier simplifié ;
- des fiches de synthèse sur la trésorerie, le statut et la fiscalité ;
- un mode multijoueur pour les ateliers collectifs.

## Pour qui ?

Les porteurs de projet qui veulent tester leur fibre entrepreneuriale et les structures d'accompagnement à la création d'entreprise.`,
    providerSlug: 'orphee-jeux-serieux',
    type: 'serious-game',
    themes: ['creer-son-entreprise'],
    audience: 'candidats',
    priceModel: 'payant',
    priceText: '14,90 € la licence individuelle',
    platforms: ['web'],
    languages: ['fr'],
    accessibility: 'Non évalué.',
    url: 'https://www.orphee-jeux-serieux.example/aventure-entrepreneuriale',
    logo: 'l-aventure-entrepreneuriale.svg',
    romeCodes: [],
    publishedAt: '2020-10-12',
    featured: false,
    views: 6870,
    linkOuts: 2240,
  },
  {
    slug: 'simulateur-salaire-brut-net',
    name: 'Simulateur de salaire brut-net',
    pitch: "Convertissez un salaire brut en salaire net, et inversement, selon le statut, le temps de travail et le prélèvement à la source.",
    description: `Une offre d'emploi annonce un salaire brut annuel ? Ce simulateur le convertit en salaire net mensuel, avant et après impôt, en tenant compte de votre statut et de votre temps de travail.

Il est aussi utile aux employeurs pour estimer le coût total d'une embauche.

## Ce que vous obtenez

- la conversion brut-net pour les salariés du privé, les cadres et les agents publics ;
- le calcul pour un temps partiel ou un nombre d'heures mensuelles ;
- l'estimation du prélèvement à la source ;
- le coût employeur avec les principales réductions de cotisations ;
- un comparatif de deux offres d'emploi.

## Pour qui ?

Les candidats qui comparent des offres ou préparent une négociation salariale, et les employeurs qui budgètent un recrutement.`,
    providerSlug: 'balanciel',
    type: 'simulateur',
    themes: ['trouver-un-emploi'],
    audience: 'tous',
    priceModel: 'gratuit',
    priceText: null,
    platforms: ['web', 'ios', 'android'],
    languages: ['fr'],
    accessibility: 'Conforme au RGAA 4.1.',
    url: 'https://www.balanciel.example/salaire-brut-net',
    logo: 'simulateur-salaire-brut-net.svg',
    romeCodes: [],
    publishedAt: '2014-02-17',
    featured: false,
    views: 201370,
    linkOuts: 88940,
  },
  {
    slug: 'cotisations-micro-entrepreneur',
    name: 'Cotisations du micro-entrepreneur',
    pitch: "Estimez vos cotisations sociales, votre impôt et votre revenu net en micro-entreprise selon votre activité et votre chiffre d'affaires.",
    description: `Avant de vous lancer en micro-entreprise, il est essentiel de savoir ce qu'il vous restera réellement. Ce simulateur calcule vos cotisations, votre impôt sur le revenu et votre revenu net à partir de votre chiffre d'affaires prévisionnel.

Il intègre les taux de l'année en cours, l'aide à la création d'entreprise et le versement libératoire.

## Ce que vous obtenez

- le revenu net pour une activité commerciale, artisanale ou libérale ;
- une comparaison avec le statut de salarié pour le même revenu ;
- une alerte en cas de dépassement des seuils ;
- un échéancier trimestriel des déclarations (version premium) ;
- un export des résultats au format tableur (version premium).

## Pour qui ?

Les demandeurs d'emploi et salariés qui envisagent une activité indépendante, et les micro-entrepreneurs déjà installés.`,
    providerSlug: 'balanciel',
    type: 'simulateur',
    themes: ['creer-son-entreprise'],
    audience: 'candidats',
    priceModel: 'freemium',
    priceText: 'Gratuit, options premium à partir de 4,90 € par mois',
    platforms: ['web'],
    languages: ['fr'],
    accessibility: 'Conforme partiellement au RGAA 4.1.',
    url: 'https://www.balanciel.example/micro-entrepreneur',
    logo: 'cotisations-micro-entrepreneur.svg',
    romeCodes: [],
    publishedAt: '2018-09-03',
    featured: false,
    views: 67950,
    linkOuts: 25380,
  },
  {
    slug: 'lanceo-immatriculation',
    name: 'Lanceo Immatriculation',
    pitch: "Immatriculez votre micro-entreprise ou votre société en ligne, avec vérification de votre dossier par un juriste.",
    description: `Les formalités de création d'entreprise peuvent décourager. Avec Lanceo, vous répondez à un questionnaire simple et la plateforme prépare l'ensemble des documents, les vérifie et les transmet au guichet officiel.

Un juriste relit chaque dossier avant l'envoi pour éviter les rejets et les retards.

## Ce que vous obtenez

- l'aide au choix du statut : micro-entreprise, EI, EURL, SASU ;
- la rédaction des statuts pour les sociétés ;
- la vérification du dossier par un juriste ;
- le suivi de l'immatriculation jusqu'à la réception du numéro SIRET ;
- un guide des premières démarches : banque, assurance, facturation.

## Pour qui ?

Les créateurs d'entreprise qui veulent gagner du temps et sécuriser leurs démarches administratives.`,
    providerSlug: 'lanceo',
    type: 'site-web',
    themes: ['creer-son-entreprise'],
    audience: 'candidats',
    priceModel: 'payant',
    priceText: '49 € HT pour une micro-entreprise, 149 € HT pour une société',
    platforms: ['web'],
    languages: ['fr'],
    accessibility: 'Non évalué.',
    url: 'https://www.lanceo.example/immatriculation',
    logo: 'lanceo-immatriculation.svg',
    romeCodes: [],
    publishedAt: '2020-01-20',
    featured: false,
    views: 24130,
    linkOuts: 13870,
  },
  {
    slug: 'lanceo-compta',
    name: 'Lanceo Compta',
    pitch: "Facturez, suivez vos encaissements et préparez vos déclarations de micro-entrepreneur depuis votre téléphone.",
    description: `Lanceo Compta est l'application de gestion pensée pour les indépendants qui n'aiment pas la paperasse. Créez un devis devant votre client, transformez-le en facture et suivez les paiements en temps réel.

L'application calcule automatiquement le chiffre d'affaires à déclarer et vous rappelle les échéances.

## Fonctionnalités

- devis et factures conformes, avec vos couleurs ;
- livre des recettes tenu automatiquement ;
- rappel des déclarations et estimation des cotisations ;
- synchronisation avec votre compte bancaire (version premium) ;
- relances automatiques des clients en retard (version premium).

## Pour qui ?

Les micro-entrepreneurs et les artisans qui démarrent leur activité et veulent une gestion simple.`,
    providerSlug: 'lanceo',
    type: 'application-mobile',
    themes: ['creer-son-entreprise'],
    audience: 'entreprises',
    priceModel: 'freemium',
    priceText: 'Gratuit, options premium à partir de 9,90 € par mois',
    platforms: ['web', 'ios', 'android'],
    languages: ['fr'],
    accessibility: "Compatible avec les lecteurs d'écran ; audit RGAA prévu.",
    url: 'https://www.lanceo.example/compta',
    logo: 'lanceo-compta.svg',
    romeCodes: [],
    publishedAt: '2021-09-27',
    featured: false,
    views: 31460,
    linkOuts: 17950,
  },
  {
    slug: 'entreprendre-a-l-international',
    name: "Entreprendre à l'international",
    pitch: "Un module en ligne pour créer son activité à l'étranger ou vendre ses services hors de France depuis sa micro-entreprise.",
    description: `Vous rêvez de créer votre entreprise au Canada, en Allemagne ou en Espagne, ou de trouver des clients à l'étranger sans quitter la France ? Ce module en ligne présente les règles à connaître avant de se lancer.

Il a été réalisé avec des entrepreneurs français installés dans une dizaine de pays.

## Ce que vous y trouverez

- les formes d'entreprise et les visas d'entrepreneur dans les principaux pays ;
- la facturation de clients étrangers depuis une micro-entreprise ;
- la TVA intracommunautaire et les règles douanières de base ;
- la protection sociale des indépendants à l'étranger ;
- une check-list avant le départ (version premium).

## Pour qui ?

Les créateurs d'entreprise et indépendants qui envisagent la mobilité internationale ou l'export de leurs services.`,
    providerSlug: 'lanceo',
    type: 'e-learning',
    themes: ['creer-son-entreprise', 'travailler-a-l-international'],
    audience: 'candidats',
    priceModel: 'freemium',
    priceText: 'Gratuit, check-lists pays à 12 € chacune',
    platforms: ['web'],
    languages: ['fr', 'en'],
    accessibility: 'Non évalué.',
    url: 'https://www.lanceo.example/international',
    logo: 'entreprendre-a-l-international.svg',
    romeCodes: [],
    publishedAt: '2026-02-09',
    featured: false,
    views: 640,
    linkOuts: 210,
  },
  {
    slug: 'allemand-des-affaires',
    name: 'Allemand des affaires',
    pitch: "Un cours d'allemand en ligne centré sur le vocabulaire professionnel, pour travailler avec l'Allemagne ou s'y installer.",
    description: `L'Allemagne est le premier partenaire économique de la France et recrute dans de nombreux secteurs. Ce cours en ligne vous prépare à utiliser l'allemand au travail, du premier e-mail à la réunion d'équipe.

Les leçons sont construites autour de situations professionnelles et d'un feuilleton qui suit une jeune Française embauchée à Cologne.

## Ce que vous obtenez

- quatre niveaux, de débutant à intermédiaire avancé ;
- un vocabulaire par secteur : industrie, logistique, santé, hôtellerie ;
- des séances de conversation en visioconférence avec des professeurs natifs ;
- la préparation à un certificat de langue reconnu ;
- un module spécial « candidature et entretien en Allemagne ».

## Pour qui ?

Les candidats à une mobilité internationale, les frontaliers et les salariés d'entreprises qui travaillent avec des partenaires germanophones.`,
    providerSlug: 'polyglotte-pro',
    type: 'e-learning',
    themes: ['travailler-a-l-international', 'se-former'],
    audience: 'candidats',
    priceModel: 'payant',
    priceText: '29 € par mois',
    platforms: ['web', 'ios', 'android'],
    languages: ['fr', 'de'],
    accessibility: 'Conforme partiellement au RGAA 4.1 ; transcriptions des dialogues disponibles.',
    url: 'https://www.polyglotte-pro.example/allemand',
    logo: 'allemand-des-affaires.svg',
    romeCodes: [],
    publishedAt: '2017-03-13',
    featured: false,
    views: 12940,
    linkOuts: 4680,
  },
  {
    slug: 'polyglotte-conversation',
    name: 'Polyglotte Conversation',
    pitch: "Pratiquez l'anglais, l'allemand ou l'espagnol chaque jour avec des dialogues courts et un assistant vocal.",
    description: `Polyglotte Conversation vous fait parler dès la première leçon. Chaque jour, un dialogue de cinq minutes vous met dans une situation concrète : accueillir un client, demander son chemin, se présenter à un collègue.

L'assistant vocal corrige votre prononciation et vous propose des variantes plus naturelles.

## Fonctionnalités

- quatre langues : anglais, allemand, espagnol et italien ;
- des dialogues professionnels et de la vie quotidienne ;
- un objectif quotidien et des rappels ;
- un mode hors connexion ;
- des conversations avec un tuteur en direct (version premium).

## Pour qui ?

Les personnes qui préparent un séjour ou un emploi à l'étranger et celles qui veulent entretenir une langue pour leur travail.`,
    providerSlug: 'polyglotte-pro',
    type: 'application-mobile',
    themes: ['travailler-a-l-international'],
    audience: 'candidats',
    priceModel: 'freemium',
    priceText: 'Gratuit, version premium à 7,99 € par mois',
    platforms: ['ios', 'android'],
    languages: ['fr', 'en', 'de', 'es', 'it'],
    accessibility: 'Sous-titres et transcriptions pour tous les dialogues ; non évalué au regard du RGAA.',
    url: 'https://www.polyglotte-pro.example/conversation',
    logo: 'polyglotte-conversation.svg',
    romeCodes: [],
    publishedAt: '2019-07-08',
    featured: false,
    views: 44720,
    linkOuts: 28390,
  },
  {
    slug: 'job-interview-in-english',
    name: 'Job interview in English',
    pitch: "Préparez un entretien d'embauche en anglais : présentation, questions fréquentes et simulation avec un formateur.",
    description: `Un entretien en anglais peut impressionner, même quand on se débrouille bien à l'écrit. Ce module intensif vous prépare en deux semaines aux questions les plus courantes des recruteurs anglophones.

Il se termine par une simulation d'entretien de trente minutes en visioconférence avec un formateur, suivie d'un bilan écrit.

## Ce que vous obtenez

- le pitch de présentation en anglais, adapté à votre parcours ;
- les questions fréquentes et les réponses types ;
- le vocabulaire pour parler de ses compétences et de ses résultats ;
- les différences culturelles entre entretiens britanniques, américains et canadiens ;
- une simulation individuelle avec un formateur.

## Pour qui ?

Les candidats qui postulent dans une entreprise internationale ou à l'étranger et qui ont au moins un niveau intermédiaire en anglais.`,
    providerSlug: 'polyglotte-pro',
    type: 'e-learning',
    themes: ['travailler-a-l-international', 'preparer-sa-candidature'],
    audience: 'candidats',
    priceModel: 'payant',
    priceText: '89 € le module avec simulation individuelle',
    platforms: ['web'],
    languages: ['en', 'fr'],
    accessibility: 'Non évalué.',
    url: 'https://www.polyglotte-pro.example/job-interview',
    logo: 'job-interview-in-english.svg',
    romeCodes: [],
    publishedAt: '2024-11-04',
    featured: false,
    views: 3870,
    linkOuts: 1460,
  },
  {
    slug: 'code-de-la-route-en-ligne',
    name: 'Code de la route en ligne',
    pitch: "Préparez l'épreuve théorique du permis de conduire avec des cours vidéo et des séries d'entraînement illimitées.",
    description: `Le permis de conduire est souvent indispensable pour trouver un emploi, en particulier hors des grandes villes. Ce parcours en ligne vous prépare à l'examen du code de la route, à votre rythme.

Les cours reprennent les thèmes officiels de l'examen et s'appuient sur des vidéos de situations réelles. Des séries d'entraînement chronométrées vous mettent dans les conditions de l'épreuve.

## Ce que vous obtenez

- des cours vidéo sur les dix thèmes de l'examen ;
- plus de 2 000 questions d'entraînement commentées ;
- des examens blancs illimités avec statistiques de progression ;
- l'inscription à l'examen dans un centre agréé ;
- un accès de six mois sur ordinateur et sur mobile.

## Pour qui ?

Les candidats au permis B, en particulier les demandeurs d'emploi dont le permis est financé dans le cadre d'un projet de retour à l'emploi.`,
    providerSlug: 'route-libre',
    type: 'e-learning',
    themes: ['se-former'],
    audience: 'candidats',
    priceModel: 'payant',
    priceText: "29,90 € pour six mois d'accès",
    platforms: ['web', 'ios', 'android'],
    languages: ['fr'],
    accessibility: 'Conforme partiellement au RGAA 4.1 ; questions lues à voix haute.',
    url: 'https://www.route-libre.example/code',
    logo: 'code-de-la-route-en-ligne.svg',
    romeCodes: [],
    publishedAt: '2015-04-13',
    featured: false,
    views: 83140,
    linkOuts: 42590,
  },
  {
    slug: 'permis-poids-lourd',
    name: 'Permis poids lourd : préparer le C et le CE',
    pitch: "Préparez les épreuves théoriques des permis poids lourds et découvrez les métiers du transport routier de marchandises.",
    description: `Le transport routier manque de conducteurs, et de nombreuses entreprises financent la formation de leurs futurs salariés. Ce parcours en ligne prépare aux épreuves théoriques des permis C et CE et présente les métiers de la conduite.

Il complète une formation pratique en centre et peut être suivi avant l'entrée en formation obligatoire initiale.

## Ce que vous obtenez

- la réglementation propre aux poids lourds : temps de conduite, chargement, chronotachygraphe ;
- des questions d'entraînement aux épreuves théoriques ;
- des fiches sur les métiers de conducteur longue distance et de livreur ;
- la liste des centres de formation et des aides au financement ;
- des offres d'emploi de transporteurs partenaires.

## Pour qui ?

Les titulaires du permis B qui envisagent une reconversion vers le transport routier, et les conducteurs qui veulent passer le permis CE.`,
    providerSlug: 'route-libre',
    type: 'e-learning',
    themes: ['se-former', 'choisir-un-metier'],
    audience: 'candidats',
    priceModel: 'payant',
    priceText: "59 € pour un an d'accès",
    platforms: ['web', 'android'],
    languages: ['fr'],
    accessibility: 'Non évalué.',
    url: 'https://www.route-libre.example/poids-lourd',
    logo: 'permis-poids-lourd.svg',
    romeCodes: ['N4101', 'N4105'],
    publishedAt: '2021-07-05',
    featured: false,
    views: 10760,
    linkOuts: 4930,
  },
  {
    slug: 'trajet-emploi',
    name: 'Trajet Emploi',
    pitch: "Une carte des offres d'emploi classées selon votre temps de trajet en transports en commun, à vélo ou en voiture.",
    description: `Trajet Emploi croise les offres d'emploi publiées via l'API ouverte de Pôle emploi avec les données ouvertes des réseaux de transport. Résultat : vous voyez uniquement les offres accessibles en moins de trente, quarante-cinq ou soixante minutes depuis chez vous.

L'application tient compte des horaires de travail indiqués dans l'offre pour vérifier qu'un transport existe vraiment à l'heure de l'embauche.

## Ce que vous y trouverez

- une carte interactive des offres autour de votre domicile ;
- le temps de trajet réel selon le mode de transport choisi ;
- une alerte quand une offre proche est publiée ;
- les aides à la mobilité pour les demandeurs d'emploi.

## Pour qui ?

Les candidats sans voiture, les personnes qui travaillent en horaires décalés et les conseillers qui accompagnent des publics peu mobiles.`,
    providerSlug: 'trajectoire-labs',
    type: 'application-api',
    themes: ['trouver-un-emploi'],
    audience: 'candidats',
    priceModel: 'gratuit',
    priceText: null,
    platforms: ['web', 'android'],
    languages: ['fr'],
    accessibility: 'Conforme partiellement au RGAA 4.1 ; liste des offres accessible sans la carte.',
    url: 'https://www.trajectoire-labs.example/trajet-emploi',
    logo: 'trajet-emploi.svg',
    romeCodes: [],
    publishedAt: '2017-10-16',
    featured: false,
    views: 26540,
    linkOuts: 14290,
  },
  {
    slug: 'metiers-qui-recrutent-pres-de-chez-vous',
    name: 'Les métiers qui recrutent près de chez vous',
    pitch: "Une application qui combine les données ouvertes sur l'emploi et la formation pour repérer les métiers porteurs de votre territoire.",
    description: `Quels sont les métiers qui recrutent dans votre département ? Lesquels sont accessibles avec une formation courte ? Cette application s'appuie sur les API ouvertes de l'emploi et de la formation pour répondre en quelques secondes.

Elle affiche, pour chaque métier, le nombre d'offres récentes, la tension du recrutement, le salaire médian proposé et les formations disponibles à proximité.

## Ce que vous y trouverez

- un classement des métiers qui recrutent par zone ;
- les formations correspondantes et leurs prochaines sessions ;
- des comparaisons entre territoires pour envisager une mobilité ;
- un export des données pour les conseillers (version professionnelle).

## Pour qui ?

Les candidats qui réfléchissent à une reconversion, les conseillers en orientation et les collectivités qui suivent l'emploi local.`,
    providerSlug: 'trajectoire-labs',
    type: 'application-api',
    themes: ['choisir-un-metier', 'trouver-un-emploi'],
    audience: 'tous',
    priceModel: 'freemium',
    priceText: 'Gratuit pour les particuliers, version professionnelle à 25 € par mois',
    platforms: ['web'],
    languages: ['fr'],
    accessibility: 'Conforme partiellement au RGAA 4.1.',
    url: 'https://www.trajectoire-labs.example/metiers-qui-recrutent',
    logo: 'metiers-qui-recrutent-pres-de-chez-vous.svg',
    romeCodes: [],
    publishedAt: '2022-01-24',
    featured: false,
    views: 15980,
    linkOuts: 6470,
  },
  {
    slug: 'agenda-des-salons-emploi',
    name: "Agenda des salons de l'emploi",
    pitch: "Tous les salons, forums et job datings près de chez vous, rassemblés grâce aux données ouvertes des organisateurs.",
    description: `Un salon de l'emploi permet de rencontrer plusieurs recruteurs en une journée. Cette application rassemble les événements publiés en données ouvertes par les services publics de l'emploi, les collectivités et les organisateurs privés.

Ajoutez les événements à votre agenda, préparez la liste des entreprises présentes et recevez un rappel la veille.

## Ce que vous y trouverez

- les salons, forums, job datings et sessions de recrutement en ligne ;
- la liste des entreprises présentes et des postes proposés ;
- des conseils pour préparer un salon et réussir un entretien flash ;
- une interface de programmation ouverte pour réutiliser l'agenda.

## Pour qui ?

Les candidats, les étudiants qui cherchent une alternance et les entreprises qui souhaitent repérer les événements où recruter.`,
    providerSlug: 'trajectoire-labs',
    type: 'application-api',
    themes: ['trouver-un-emploi'],
    audience: 'tous',
    priceModel: 'gratuit',
    priceText: null,
    platforms: ['web', 'ios', 'android'],
    languages: ['fr'],
    accessibility: 'Non évalué.',
    url: 'https://www.trajectoire-labs.example/salons',
    logo: 'agenda-des-salons-emploi.svg',
    romeCodes: [],
    publishedAt: '2026-10-05',
    featured: false,
    views: 170,
    linkOuts: 45,
  },
  {
    slug: 'embaucho-recrutement',
    name: 'Embaucho Recrutement',
    pitch: "Le logiciel de recrutement des petites entreprises : multidiffusion des offres, tri des candidatures et entretiens planifiés.",
    description: `Embaucho Recrutement centralise toutes les étapes du recrutement dans un outil simple. Rédigez une offre d'emploi, diffusez-la en un clic sur plusieurs sites, dont l'Espace recruteur de Pôle emploi, et retrouvez toutes les candidatures au même endroit.

L'outil respecte le règlement général sur la protection des données : les candidatures sont supprimées automatiquement au terme du délai légal.

## Ce que vous obtenez

- la multidiffusion des offres sur une vingtaine de sites ;
- un tableau de suivi des candidatures par étape ;
- la planification des entretiens avec les agendas de l'équipe ;
- des réponses types pour informer chaque candidat ;
- un accompagnement par un conseiller au démarrage.

## Pour qui ?

Les TPE et PME de 5 à 250 salariés qui recrutent plusieurs fois par an.`,
    providerSlug: 'embaucho',
    type: 'site-web',
    themes: ['trouver-un-emploi'],
    audience: 'entreprises',
    priceModel: 'payant',
    priceText: '59 € HT par mois',
    platforms: ['web'],
    languages: ['fr', 'en'],
    accessibility: 'Conforme partiellement au RGAA 4.1.',
    url: 'https://www.embaucho.example/recrutement',
    logo: 'embaucho-recrutement.svg',
    romeCodes: [],
    publishedAt: '2018-11-19',
    featured: false,
    views: 11460,
    linkOuts: 6320,
  },
  {
    slug: 'embaucho-integration',
    name: 'Embaucho Intégration',
    pitch: "Réussissez l'arrivée de vos nouveaux salariés grâce à des parcours d'intégration automatisés, connectés à vos outils RH.",
    description: `Une intégration réussie réduit les départs pendant la période d'essai. Embaucho Intégration crée pour chaque nouvel arrivant un parcours personnalisé : documents à fournir, présentation de l'équipe, formations obligatoires, points d'étape avec le manager.

L'outil se connecte par API aux logiciels de paie et de gestion du personnel les plus courants, pour éviter les doubles saisies.

## Ce que vous obtenez

- des modèles de parcours d'intégration par métier ;
- la collecte dématérialisée des documents d'embauche ;
- des rappels automatiques pour le manager et le tuteur ;
- des questionnaires d'étonnement à un mois et à trois mois ;
- une connexion par API avec vos outils de ressources humaines.

## Pour qui ?

Les responsables RH et les dirigeants de PME qui recrutent régulièrement, y compris des alternants.`,
    providerSlug: 'embaucho',
    type: 'application-api',
    themes: ['trouver-un-emploi'],
    audience: 'entreprises',
    priceModel: 'freemium',
    priceText: "Gratuit jusqu'à 5 arrivées par an, puis 4 € HT par salarié et par mois",
    platforms: ['web'],
    languages: ['fr', 'en'],
    accessibility: 'Non évalué.',
    url: 'https://www.embaucho.example/integration',
    logo: 'embaucho-integration.svg',
    romeCodes: ['M1501'],
    publishedAt: '2023-06-12',
    featured: false,
    views: 2140,
    linkOuts: 870,
  },
  {
    slug: 'recruter-sans-discriminer',
    name: 'Recruter sans discriminer',
    pitch: "Un module gratuit pour les recruteurs : rédiger une offre neutre, mener un entretien équitable et éviter les biais.",
    description: `Les discriminations à l'embauche privent les entreprises de talents et exposent l'employeur à des sanctions. Ce module en ligne aide les recruteurs et les managers à objectiver chaque étape de leurs recrutements.

Il alterne vidéos, cas pratiques et auto-évaluation, et se termine par une attestation de suivi.

## Ce que vous obtenez

- les critères de discrimination interdits par la loi ;
- la rédaction d'une offre d'emploi inclusive ;
- une grille d'entretien structuré fondée sur les compétences ;
- l'accueil des candidats en situation de handicap ;
- le recrutement par simulation, sans CV.

## Pour qui ?

Les dirigeants de TPE et PME, les managers et les chargés de recrutement qui veulent élargir leur vivier de candidats.`,
    providerSlug: 'embaucho',
    type: 'e-learning',
    themes: ['trouver-un-emploi'],
    audience: 'entreprises',
    priceModel: 'gratuit',
    priceText: null,
    platforms: ['web'],
    languages: ['fr'],
    accessibility: 'Conforme au RGAA 4.1 ; vidéos sous-titrées.',
    url: 'https://www.embaucho.example/recruter-sans-discriminer',
    logo: 'recruter-sans-discriminer.svg',
    romeCodes: [],
    publishedAt: '2022-08-29',
    featured: false,
    views: 4590,
    linkOuts: 1730,
  },
];
