/**
 * The words of the synthetic offer feed: contracts, experience, working hours, pay, sectors (NAF
 * rév. 2 codes by ROME "grand domaine"), company names, description sentences and skills. Codes are
 * the official ones (contract types and natures of the agency's referential, NAF, qualifications).
 */

export interface ContractKind {
  type: 'CDI' | 'CDD' | 'MIS' | 'SAI' | 'LIB' | 'FRA';
  label: string;
  /** Months for CDD, MIS and SAI. */
  months?: readonly number[];
}

export const CONTRACTS: readonly (readonly [ContractKind, number])[] = [
  [{ type: 'CDI', label: 'Contrat à durée indéterminée' }, 52],
  [{ type: 'CDD', label: 'Contrat à durée déterminée', months: [1, 2, 3, 4, 6, 6, 9, 12, 12, 18] }, 24],
  [{ type: 'MIS', label: 'Mission intérimaire', months: [1, 1, 2, 3, 3, 6] }, 15],
  [{ type: 'SAI', label: 'Travail saisonnier', months: [1, 2, 2, 3, 4, 6] }, 6],
  [{ type: 'LIB', label: 'Profession libérale' }, 2],
  [{ type: 'FRA', label: 'Franchise' }, 1],
];

/** The agency's nature codes: E1 ordinary contract, E2 apprenticeship, FS professionalisation, … */
export const NATURES = {
  ordinary: { code: 'E1', label: 'Contrat travail' },
  apprenticeship: { code: 'E2', label: 'Contrat apprentissage' },
  professionalisation: { code: 'FS', label: 'Cont. professionnalisation' },
} as const;

export const QUALIFICATIONS: readonly (readonly [{ code: string; label: string }, number])[] = [
  [{ code: '1', label: 'Manœuvre' }, 2],
  [{ code: '2', label: 'Ouvrier spécialisé' }, 6],
  [{ code: '3', label: 'Ouvrier qualifié (P1,P2)' }, 8],
  [{ code: '4', label: 'Ouvrier qualifié (P3,P4,OHQ)' }, 4],
  [{ code: '5', label: 'Employé non qualifié' }, 10],
  [{ code: '6', label: 'Employé qualifié' }, 30],
  [{ code: '7', label: 'Technicien' }, 12],
  [{ code: '8', label: 'Agent de maîtrise' }, 8],
  [{ code: '9', label: 'Cadre' }, 12],
];

export const WORKING_HOURS: readonly (readonly [{ hours: number; label: string }, number])[] = [
  [{ hours: 35, label: '35H Horaires normaux' }, 40],
  [{ hours: 35, label: '35H Travail en journée' }, 10],
  [{ hours: 35, label: '35H Travail en équipe' }, 6],
  [{ hours: 39, label: '39H Horaires normaux' }, 10],
  [{ hours: 39, label: '39H Travail samedi' }, 4],
  [{ hours: 37.5, label: '37H30 Horaires normaux' }, 4],
  [{ hours: 24, label: '24H Travail week-end' }, 4],
  [{ hours: 28, label: '28H Horaires variables' }, 4],
  [{ hours: 30, label: '30H Travail en journée' }, 6],
  [{ hours: 20, label: '20H Horaires normaux' }, 4],
  [{ hours: 17.5, label: '17H30 Horaires variables' }, 2],
];

export const SALARY_COMPLEMENTS = ['Mutuelle', 'Titre restaurant / Prime de panier', 'Prévoyance', 'Véhicule de fonction', 'Primes', 'Participation / Intéressement', 'Chèque repas', 'Comité d’entreprise'] as const;
export const SALARY_COMMENTS = ['selon profil', 'selon expérience', 'à négocier', 'plus primes', 'selon convention collective'] as const;

/** NAF rév. 2 sub-classes by ROME "grand domaine" (the first letter of a ROME code). */
export const NAF_BY_DOMAIN: Record<string, readonly (readonly [string, string])[]> = {
  A: [['0113Z', 'Culture de légumes, de melons, de racines et de tubercules'], ['0161Z', 'Activités de soutien aux cultures'], ['8130Z', "Services d'aménagement paysager"], ['0119Z', 'Autres cultures non permanentes']],
  B: [['9003A', 'Création artistique relevant des arts plastiques'], ['3212Z', "Fabrication d'articles de joaillerie et bijouterie"], ['9003B', 'Autre création artistique']],
  C: [['6622Z', "Activités des agents et courtiers d'assurances"], ['6419Z', 'Autres intermédiations monétaires'], ['6832A', "Administration d'immeubles et autres biens immobiliers"], ['6831Z', 'Agences immobilières']],
  D: [['4711D', 'Supermarchés'], ['4711F', 'Hypermarchés'], ['1071C', 'Boulangerie et boulangerie-pâtisserie'], ['4771Z', "Commerce de détail d'habillement en magasin spécialisé"], ['4719B', 'Autres commerces de détail en magasin non spécialisé']],
  E: [['7311Z', 'Activités des agences de publicité'], ['5813Z', 'Édition de journaux'], ['7021Z', 'Conseil en relations publiques et communication']],
  F: [['4120A', 'Construction de maisons individuelles'], ['4120B', "Construction d'autres bâtiments"], ['4321A', "Travaux d'installation électrique dans tous locaux"], ['4322A', "Travaux d'installation d'eau et de gaz en tous locaux"], ['4334Z', 'Travaux de peinture et vitrerie']],
  G: [['5610A', 'Restauration traditionnelle'], ['5610C', 'Restauration de type rapide'], ['5510Z', 'Hôtels et hébergement similaire'], ['5630Z', 'Débits de boissons']],
  H: [['2562B', 'Mécanique industrielle'], ['2511Z', 'Fabrication de structures métalliques et de parties de structures'], ['1013A', 'Préparation industrielle de produits à base de viande'], ['2229A', 'Fabrication de pièces techniques à base de matières plastiques']],
  I: [['3312Z', 'Réparation de machines et équipements mécaniques'], ['4520A', 'Entretien et réparation de véhicules automobiles légers'], ['4322B', "Travaux d'installation d'équipements thermiques et de climatisation"]],
  J: [['8610Z', 'Activités hospitalières'], ['8710A', 'Hébergement médicalisé pour personnes âgées'], ['8690D', 'Activités des infirmiers et des sages-femmes'], ['4773Z', 'Commerce de détail de produits pharmaceutiques en magasin spécialisé']],
  K: [['8810A', 'Aide à domicile'], ['8121Z', 'Nettoyage courant des bâtiments'], ['8891A', 'Accueil de jeunes enfants'], ['8559A', "Formation continue d'adultes"], ['8411Z', 'Administration publique générale'], ['8010Z', 'Activités de sécurité privée']],
  L: [['9001Z', 'Arts du spectacle vivant'], ['5911A', 'Production de films et de programmes pour la télévision']],
  M: [['6920Z', 'Activités comptables'], ['7022Z', 'Conseil pour les affaires et autres conseils de gestion'], ['6201Z', 'Programmation informatique'], ['6202A', 'Conseil en systèmes et logiciels informatiques'], ['8211Z', 'Services administratifs combinés de bureau']],
  N: [['4941A', 'Transports routiers de fret interurbains'], ['4941B', 'Transports routiers de fret de proximité'], ['5210B', 'Entreposage et stockage non frigorifique'], ['5229A', 'Messagerie, fret express'], ['4939A', 'Transports routiers réguliers de voyageurs']],
};
export const TEMPORARY_WORK_NAF = ['7820Z', 'Activités des agences de travail temporaire'] as const;

/** Company name patterns by ROME grand domaine; `{n}` is a family name, `{v}` the town. */
export const COMPANY_PATTERNS: Record<string, readonly string[]> = {
  A: ['Pépinières {n}', 'EARL {n}', 'Jardins de {v}', 'SCEA du Domaine {n}', '{n} Paysage'],
  B: ['Atelier {n}', 'Ateliers d’art de {v}', '{n} Création'],
  C: ['Cabinet {n} Assurances', '{n} Immobilier', 'Agence immobilière de {v}', 'Crédit {v}'],
  D: ['Boulangerie {n}', 'Maison {n}', 'Supermarché de {v}', '{n} Distribution', 'Épicerie {n}', 'Boutique {n}'],
  E: ['Agence {n} Communication', 'Studio {n}', 'Éditions de {v}'],
  F: ['{n} Bâtiment', 'SARL {n} et Fils', 'Entreprise {n} Électricité', '{n} Rénovation', 'BTP {v}'],
  G: ['Restaurant Le {n}', 'Hôtel de {v}', 'Brasserie {n}', 'Café {n}', 'Auberge {n}'],
  H: ['{n} Industrie', 'Usinage de {v}', 'Métallerie {n}', 'Plasturgie {n}'],
  I: ['Garage {n}', '{n} Maintenance', 'Clim’ {v}', 'Atelier mécanique {n}'],
  J: ['Centre hospitalier de {v}', 'EHPAD Les Tilleuls', 'Clinique {n}', 'Pharmacie {n}', 'Cabinet infirmier {n}'],
  K: ['{n} Services à domicile', 'Propreté {n}', 'Crèche Les Petits {n}', 'Mairie de {v}', 'Sécurité {n}'],
  L: ['Théâtre de {v}', 'Compagnie {n}', '{n} Productions'],
  M: ['Cabinet {n} Expertise comptable', '{n} Conseil', '{n} Informatique', 'Groupe {n}', '{n} Solutions'],
  N: ['Transports {n}', 'Logistique {v}', '{n} Express', 'Entrepôts {n}', 'Autocars {n}'],
};
export const TEMPORARY_AGENCIES = ['Intérim {v}', '{n} Travail Temporaire', 'Adéquat Intérim {v}', 'Interim Plus {v}'] as const;

export const FAMILY_NAMES = [
  'Martin', 'Bernard', 'Thomas', 'Petit', 'Robert', 'Richard', 'Durand', 'Dubois', 'Moreau', 'Laurent', 'Simon', 'Michel', 'Lefebvre', 'Leroy',
  'Roux', 'David', 'Bertrand', 'Morel', 'Fournier', 'Girard', 'Bonnet', 'Dupont', 'Lambert', 'Fontaine', 'Rousseau', 'Vincent', 'Muller',
  'Lefèvre', 'Faure', 'André', 'Mercier', 'Blanc', 'Guérin', 'Boyer', 'Garnier', 'Chevalier', 'François', 'Legrand', 'Gauthier', 'Garcia',
  'Perrin', 'Robin', 'Clément', 'Morin', 'Nicolas', 'Henry', 'Roussel', 'Mathieu', 'Gautier', 'Masson', 'Marchand', 'Duval', 'Denis',
  'Dumont', 'Marie', 'Lemaire', 'Noël', 'Meyer', 'Dufour', 'Meunier', 'Brun', 'Blanchard', 'Giraud', 'Joly', 'Rivière', 'Lucas', 'Brunet',
] as const;

export const CONTACT_FIRST_NAMES = ['Camille', 'Julie', 'Nicolas', 'Sophie', 'Thomas', 'Nadia', 'Karim', 'Élodie', 'Marc', 'Isabelle', 'Yann', 'Fatou'] as const;

/** Opening sentences; `{t}` the job title (short form), `{v}` the town, `{e}` the employer. */
export const INTRODUCTIONS = [
  'Nous recherchons un(e) {t} pour renforcer notre équipe à {v}.',
  '{e} recrute un(e) {t} pour son établissement de {v}.',
  'Dans le cadre de notre développement, nous recrutons un(e) {t} sur {v}.',
  'Vous êtes {t} et souhaitez rejoindre une structure à taille humaine ? Ce poste à {v} est fait pour vous.',
  'Rejoignez notre équipe de {v} en tant que {t}.',
  'Pour faire face à un surcroît d’activité, nous recherchons un(e) {t} à {v}.',
] as const;

export const MISSIONS_BY_DOMAIN: Record<string, readonly string[]> = {
  A: ['Vous assurez l’entretien des espaces verts et des massifs.', 'Vous participez aux plantations, à la taille et à l’arrosage.', 'Vous utilisez et entretenez le matériel motorisé.'],
  B: ['Vous réalisez des pièces uniques à la main.', 'Vous restaurez des objets anciens dans le respect des techniques traditionnelles.', 'Vous accueillez les clients de l’atelier.'],
  C: ['Vous conseillez une clientèle de particuliers et de professionnels.', 'Vous gérez un portefeuille de contrats.', 'Vous assurez le suivi administratif des dossiers.'],
  D: ['Vous accueillez et conseillez la clientèle.', 'Vous assurez la mise en rayon et la présentation des produits.', 'Vous tenez la caisse et veillez à la propreté du magasin.', 'Vous participez aux inventaires et à la réception des marchandises.'],
  E: ['Vous concevez des supports de communication.', 'Vous rédigez des contenus pour le web et les réseaux sociaux.', 'Vous suivez les projets avec les clients.'],
  F: ['Vous intervenez sur des chantiers de construction et de rénovation.', 'Vous lisez les plans et respectez les règles de sécurité.', 'Vous travaillez en équipe sous la responsabilité du chef de chantier.'],
  G: ['Vous accueillez les clients et prenez les commandes.', 'Vous assurez le service en salle et la mise en place.', 'Vous participez au nettoyage et au rangement.'],
  G16: ['Vous préparez les plats dans le respect des règles d’hygiène.', 'Vous participez à la mise en place et au dressage.', 'Vous gérez les stocks et les commandes de denrées.'],
  G17: ['Vous accueillez les clients à la réception.', 'Vous gérez les réservations et les départs.', 'Vous assurez l’entretien des chambres.'],
  H: ['Vous conduisez une ligne de production.', 'Vous réglez les machines et contrôlez la qualité des pièces.', 'Vous respectez les consignes de sécurité et les cadences.'],
  I: ['Vous réalisez le diagnostic et la réparation des équipements.', 'Vous assurez la maintenance préventive et curative.', 'Vous rédigez les rapports d’intervention.'],
  J: ['Vous assurez les soins d’hygiène et de confort des patients.', 'Vous participez à la surveillance de leur état de santé.', 'Vous travaillez en lien avec l’équipe soignante.'],
  K: ['Vous accompagnez les personnes dans les actes de la vie quotidienne.', 'Vous assurez l’entretien des locaux.', 'Vous veillez à la sécurité des personnes et des biens.'],
  L: ['Vous participez à la préparation et au déroulement des spectacles.', 'Vous installez le matériel technique.', 'Vous travaillez en soirée et le week-end.'],
  M: ['Vous assurez la gestion administrative et le suivi des dossiers.', 'Vous participez aux projets de l’entreprise.', 'Vous rendez compte à la direction.'],
  M12: ['Vous enregistrez les opérations comptables.', 'Vous préparez les déclarations fiscales et sociales.', 'Vous participez à la clôture des comptes.'],
  M13: ['Vous pilotez l’activité et encadrez les équipes.', 'Vous définissez la stratégie commerciale.', 'Vous suivez les indicateurs et le budget.'],
  M15: ['Vous gérez le recrutement et l’intégration des salariés.', 'Vous établissez les paies et les déclarations sociales.', 'Vous conseillez les managers.'],
  M16: ['Vous assurez l’accueil physique et téléphonique.', 'Vous gérez les agendas et le courrier.', 'Vous rédigez et mettez en forme les documents.', 'Vous classez et archivez les dossiers.'],
  M18: ['Vous développez et maintenez des applications.', 'Vous participez à la conception technique.', 'Vous assurez le support aux utilisateurs.'],
  N: ['Vous assurez la livraison des marchandises chez les clients.', 'Vous préparez les commandes et chargez les véhicules.', 'Vous respectez la réglementation des transports.'],
};

export const PROFILES = [
  'Vous êtes rigoureux(se), ponctuel(le) et avez le sens du travail en équipe.',
  'Une première expérience sur un poste similaire est appréciée.',
  'Débutant(e) accepté(e) : vous serez formé(e) à nos méthodes.',
  'Vous êtes autonome, organisé(e) et aimez le contact avec la clientèle.',
  'Vous avez le sens du service et une bonne présentation.',
  'Votre motivation compte plus que votre diplôme.',
] as const;

export const BENEFITS = [
  'Poste à pourvoir dès que possible.',
  'Accessible en transports en commun.',
  'Nous offrons une mutuelle d’entreprise et des tickets restaurant.',
  'Possibilité d’évolution au sein de l’entreprise.',
  'Formation assurée en interne.',
  'Rejoignez une équipe dynamique et bienveillante !',
] as const;

/** Transversal skills (the ROME "savoir-être" and common know-how). */
export const SKILLS_BY_DOMAIN: Record<string, readonly string[]> = {
  A: ['Entretenir des espaces verts', 'Utiliser du matériel motorisé', 'Réaliser des plantations'],
  B: ['Réaliser des finitions', 'Restaurer un objet d’art', 'Travailler le bois'],
  C: ['Conseiller un client', 'Analyser un contrat', 'Gérer un portefeuille clients'],
  D: ['Accueillir une clientèle', 'Encaisser un paiement', 'Mettre en rayon des produits', 'Conseiller un client sur un produit'],
  E: ['Rédiger des contenus', 'Concevoir une maquette', 'Animer des réseaux sociaux'],
  F: ['Lire un plan', 'Poser des cloisons', 'Réaliser un raccordement électrique', 'Respecter les règles de sécurité'],
  G: ['Accueillir une clientèle', 'Dresser les tables', 'Préparer des plats', 'Appliquer les règles d’hygiène HACCP'],
  H: ['Régler une machine', 'Contrôler la qualité d’une pièce', 'Conduire une ligne de production'],
  I: ['Diagnostiquer une panne', 'Réaliser une maintenance préventive', 'Lire un schéma électrique'],
  J: ['Réaliser des soins d’hygiène', 'Surveiller l’état de santé d’un patient', 'Transmettre des informations à l’équipe soignante'],
  K: ['Accompagner une personne dans la vie quotidienne', 'Nettoyer des locaux', 'Surveiller un site'],
  L: ['Installer du matériel scénique', 'Régler la lumière et le son'],
  M: ['Gérer un planning', 'Rédiger un compte rendu', 'Accueillir du public'],
  M12: ['Saisir des écritures comptables', 'Établir un bilan', 'Utiliser un logiciel de comptabilité'],
  M16: ['Gérer un agenda', 'Accueillir du public', 'Rédiger un courrier'],
  M18: ['Développer une application', 'Rédiger une documentation technique', 'Tester une application'],
  N: ['Conduire un poids lourd', 'Préparer des commandes', 'Utiliser un chariot élévateur'],
};

export const QUALITIES = [
  ['Travail en équipe', 'Capacité à travailler avec d’autres, à partager et à agir collectivement.'],
  ['Rigueur', 'Capacité à respecter les règles, les procédures et les délais.'],
  ['Sens de l’organisation', 'Capacité à planifier et hiérarchiser ses tâches.'],
  ['Autonomie', 'Capacité à prendre en charge son activité sans être constamment encadré.'],
  ['Réactivité', 'Capacité à agir rapidement face à une situation inattendue.'],
] as const;
