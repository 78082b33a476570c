/**
 * The small official vocabularies of « Offres d'emploi v2 » that have no table of their own:
 * contract types and natures (the agency's codes), education levels, driving licences (French
 * categories), languages (ISO 639-1), regions (INSEE), continents and countries (ISO 3166-1
 * alpha-2), and the NAF rév. 2 divisions (secteursActivites).
 */
export interface CodeLabel {
  code: string;
  libelle: string;
}

/** 'A:x;B:y' → [{code, libelle}] (compact tables; labels contain no ';'). */
function table(text: string): CodeLabel[] {
  return text
    .trim()
    .split(/;\s*/)
    .filter(Boolean)
    .map((entry) => {
      const at = entry.indexOf(':');
      return { code: entry.slice(0, at).trim(), libelle: entry.slice(at + 1).trim() };
    });
}

export const TYPES_CONTRATS = table(`CDI:Contrat à durée indéterminée; CDD:Contrat à durée déterminée; MIS:Mission intérimaire;
  SAI:Contrat travail saisonnier; CCE:Profession commerciale; FRA:Franchise; LIB:Profession libérale; REP:Reprise d'entreprise;
  TTI:Contrat travail temporaire insertion; DDI:Contrat durée déterminée insertion; DIN:CDI Intérimaire`);

export const NATURES_CONTRATS = table(`E1:Contrat travail; E2:Contrat apprentissage; FA:Act. Formation pré.recrut.; FJ:Contrat pacte;
  FS:Cont. professionnalisation; FT:CUI - CAE; FU:CUI - CIE; I1:Insertion par l'activ.éco.; NS:Emploi non salarié;
  FV:Prépa.opérationnel.emploi; FW:Emploi Avenir non marchand; FX:Emploi Avenir marchand; FY:Emploi Avenir Professeur;
  PS:Portage salarial; PR:Contrat PrAB; CC:CDI de chantier ou d’opération; CU:Contrat d'usage; EE:Contrat d'Engagement Educatif;
  ER:Engagement à servir dans la réserve; CI:Contrat intermittent`);

export const NIVEAUX_FORMATIONS = table(`AFS:Aucune formation scolaire; CP4:Primaire à 4ème achevée; CFG:4ème achevée; C3A:BEPC ou 3ème achevée;
  C12:2nd ou 1ère achevée; NV5:CAP, BEP et équivalents; NV4:Bac ou équivalent; NV3:Bac+2 ou équivalents;
  NV2:Bac+3, Bac+4 ou équivalents; NV1:Bac+5 et plus ou équivalents`);

export const PERMIS = table(`AM:AM - Cyclomoteur; A1:A1 - Motocyclette légère; A2:A2 - Motocyclette de puissance limitée; A:A - Motocyclette;
  B1:B1 - Quadricycle lourd à moteur; B:B - Véhicule léger; BE:BE - Véhicule léger avec remorque; C1:C1 - Poids lourd de 3,5 à 7,5 tonnes;
  C1E:C1E - Poids lourd de 3,5 à 7,5 tonnes avec remorque; C:C - Poids lourd; CE:CE - Poids lourd avec remorque;
  D1:D1 - Transport en commun jusqu'à 16 places; D1E:D1E - Transport en commun jusqu'à 16 places avec remorque;
  D:D - Transport en commun; DE:DE - Transport en commun avec remorque`);

export const LANGUES = table(`de:Allemand; en:Anglais; ar:Arabe; bg:Bulgare; zh:Chinois; ko:Coréen; hr:Croate; da:Danois; es:Espagnol;
  et:Estonien; fi:Finnois; fr:Français; el:Grec; he:Hébreu; hi:Hindi; hu:Hongrois; it:Italien; ja:Japonais; lv:Letton; lt:Lituanien;
  nl:Néerlandais; no:Norvégien; fa:Persan; pl:Polonais; pt:Portugais; ro:Roumain; ru:Russe; sr:Serbe; sk:Slovaque; sl:Slovène;
  sv:Suédois; cs:Tchèque; th:Thaï; tr:Turc; uk:Ukrainien; vi:Vietnamien; oc:Occitan; br:Breton; eu:Basque; ca:Catalan; co:Corse;
  sgn:Langue des signes française`);

export const REGIONS = table(`01:Guadeloupe; 02:Martinique; 03:Guyane; 04:La Réunion; 06:Mayotte; 11:Île-de-France; 24:Centre-Val de Loire;
  27:Bourgogne-Franche-Comté; 28:Normandie; 32:Hauts-de-France; 44:Grand Est; 52:Pays de la Loire; 53:Bretagne;
  75:Nouvelle-Aquitaine; 76:Occitanie; 84:Auvergne-Rhône-Alpes; 93:Provence-Alpes-Côte d'Azur; 94:Corse`);

/** Region of each département (INSEE). */
export const REGION_OF_DEPARTMENT: Record<string, string> = Object.fromEntries(
  `11:75,77,78,91,92,93,94,95; 24:18,28,36,37,41,45; 27:21,25,39,58,70,71,89,90; 28:14,27,50,61,76; 32:02,59,60,62,80;
  44:08,10,51,52,54,55,57,67,68,88; 52:44,49,53,72,85; 53:22,29,35,56; 75:16,17,19,23,24,33,40,47,64,79,86,87;
  76:09,11,12,30,31,32,34,46,48,65,66,81,82; 84:01,03,07,15,26,38,42,43,63,69,73,74; 93:04,05,06,13,83,84; 94:2A,2B;
  01:971; 02:972; 03:973; 04:974; 06:976`
    .split(/;\s*/)
    .flatMap((entry) => {
      const [region, departments] = entry.trim().split(':') as [string, string];
      return departments.split(',').map((department) => [department, region] as const);
    }),
);

export const CONTINENTS = table(`AF:Afrique; AN:Antarctique; AS:Asie; EU:Europe; NA:Amérique du Nord; OC:Océanie; SA:Amérique du Sud`);

/** Countries: ISO 3166-1 alpha-2 code, French name, continent. */
const COUNTRIES = `FR:France:EU; DE:Allemagne:EU; AT:Autriche:EU; BE:Belgique:EU; BG:Bulgarie:EU; CY:Chypre:EU; HR:Croatie:EU; DK:Danemark:EU;
  ES:Espagne:EU; EE:Estonie:EU; FI:Finlande:EU; GR:Grèce:EU; HU:Hongrie:EU; IE:Irlande:EU; IT:Italie:EU; LV:Lettonie:EU; LT:Lituanie:EU;
  LU:Luxembourg:EU; MT:Malte:EU; NL:Pays-Bas:EU; PL:Pologne:EU; PT:Portugal:EU; CZ:Tchéquie:EU; RO:Roumanie:EU; SK:Slovaquie:EU;
  SI:Slovénie:EU; SE:Suède:EU; AD:Andorre:EU; AL:Albanie:EU; BA:Bosnie-Herzégovine:EU; BY:Biélorussie:EU; CH:Suisse:EU; GB:Royaume-Uni:EU;
  IS:Islande:EU; LI:Liechtenstein:EU; MC:Monaco:EU; MD:Moldavie:EU; ME:Monténégro:EU; MK:Macédoine du Nord:EU; NO:Norvège:EU; RS:Serbie:EU;
  RU:Russie:EU; SM:Saint-Marin:EU; UA:Ukraine:EU; VA:Vatican:EU; DZ:Algérie:AF; AO:Angola:AF; BJ:Bénin:AF; BF:Burkina Faso:AF; BI:Burundi:AF;
  CM:Cameroun:AF; CV:Cap-Vert:AF; CF:République centrafricaine:AF; TD:Tchad:AF; KM:Comores:AF; CG:Congo:AF; CD:République démocratique du Congo:AF;
  CI:Côte d'Ivoire:AF; DJ:Djibouti:AF; EG:Égypte:AF; ET:Éthiopie:AF; GA:Gabon:AF; GM:Gambie:AF; GH:Ghana:AF; GN:Guinée:AF; KE:Kenya:AF;
  LY:Libye:AF; MG:Madagascar:AF; ML:Mali:AF; MA:Maroc:AF; MU:Maurice:AF; MR:Mauritanie:AF; MZ:Mozambique:AF; NE:Niger:AF; NG:Nigeria:AF;
  RW:Rwanda:AF; SN:Sénégal:AF; SC:Seychelles:AF; ZA:Afrique du Sud:AF; TG:Togo:AF; TN:Tunisie:AF; CA:Canada:NA; US:États-Unis:NA;
  MX:Mexique:NA; CU:Cuba:NA; HT:Haïti:NA; DO:République dominicaine:NA; AR:Argentine:SA; BO:Bolivie:SA; BR:Brésil:SA; CL:Chili:SA;
  CO:Colombie:SA; EC:Équateur:SA; PE:Pérou:SA; UY:Uruguay:SA; VE:Venezuela:SA; SA:Arabie saoudite:AS; AE:Émirats arabes unis:AS;
  CN:Chine:AS; IN:Inde:AS; ID:Indonésie:AS; IL:Israël:AS; JP:Japon:AS; KR:Corée du Sud:AS; LB:Liban:AS; MY:Malaisie:AS; PH:Philippines:AS;
  QA:Qatar:AS; SG:Singapour:AS; TH:Thaïlande:AS; TR:Turquie:AS; VN:Viêt Nam:AS; AU:Australie:OC; NZ:Nouvelle-Zélande:OC; VU:Vanuatu:OC`;

export const PAYS: (CodeLabel & { continent: string })[] = COUNTRIES.split(/;\s*/).map((entry) => {
  const [code, libelle, continent] = entry.trim().split(':') as [string, string, string];
  return { code, libelle, continent };
});

export const SECTEURS_ACTIVITES = table(`01:Culture et production animale, chasse et services annexes; 02:Sylviculture et exploitation forestière; 03:Pêche et aquaculture;
  05:Extraction de houille et de lignite; 06:Extraction d'hydrocarbures; 07:Extraction de minerais métalliques; 08:Autres industries extractives;
  09:Services de soutien aux industries extractives; 10:Industries alimentaires; 11:Fabrication de boissons; 12:Fabrication de produits à base de tabac;
  13:Fabrication de textiles; 14:Industrie de l'habillement; 15:Industrie du cuir et de la chaussure;
  16:Travail du bois et fabrication d'articles en bois et en liège, à l'exception des meubles, fabrication d'articles en vannerie et sparterie;
  17:Industrie du papier et du carton; 18:Imprimerie et reproduction d'enregistrements; 19:Cokéfaction et raffinage; 20:Industrie chimique;
  21:Industrie pharmaceutique; 22:Fabrication de produits en caoutchouc et en plastique; 23:Fabrication d'autres produits minéraux non métalliques;
  24:Métallurgie; 25:Fabrication de produits métalliques, à l'exception des machines et des équipements;
  26:Fabrication de produits informatiques, électroniques et optiques; 27:Fabrication d'équipements électriques;
  28:Fabrication de machines et équipements n.c.a.; 29:Industrie automobile; 30:Fabrication d'autres matériels de transport;
  31:Fabrication de meubles; 32:Autres industries manufacturières; 33:Réparation et installation de machines et d'équipements;
  35:Production et distribution d'électricité, de gaz, de vapeur et d'air conditionné; 36:Captage, traitement et distribution d'eau;
  37:Collecte et traitement des eaux usées; 38:Collecte, traitement et élimination des déchets, récupération; 39:Dépollution et autres services de gestion des déchets;
  41:Construction de bâtiments; 42:Génie civil; 43:Travaux de construction spécialisés; 45:Commerce et réparation d'automobiles et de motocycles;
  46:Commerce de gros, à l'exception des automobiles et des motocycles; 47:Commerce de détail, à l'exception des automobiles et des motocycles;
  49:Transports terrestres et transport par conduites; 50:Transports par eau; 51:Transports aériens; 52:Entreposage et services auxiliaires des transports;
  53:Activités de poste et de courrier; 55:Hébergement; 56:Restauration; 58:Édition; 59:Production de films cinématographiques, de vidéo et de programmes de télévision, enregistrement sonore et édition musicale;
  60:Programmation et diffusion; 61:Télécommunications; 62:Programmation, conseil et autres activités informatiques; 63:Services d'information;
  64:Activités des services financiers, hors assurance et caisses de retraite; 65:Assurance; 66:Activités auxiliaires de services financiers et d'assurance;
  68:Activités immobilières; 69:Activités juridiques et comptables; 70:Activités des sièges sociaux, conseil de gestion;
  71:Activités d'architecture et d'ingénierie, activités de contrôle et analyses techniques; 72:Recherche-développement scientifique;
  73:Publicité et études de marché; 74:Autres activités spécialisées, scientifiques et techniques; 75:Activités vétérinaires;
  77:Activités de location et location-bail; 78:Activités liées à l'emploi; 79:Activités des agences de voyage, voyagistes, services de réservation et activités connexes;
  80:Enquêtes et sécurité; 81:Services relatifs aux bâtiments et aménagement paysager; 82:Activités administratives et autres activités de soutien aux entreprises;
  84:Administration publique et défense, sécurité sociale obligatoire; 85:Enseignement; 86:Activités pour la santé humaine;
  87:Hébergement médico-social et social; 88:Action sociale sans hébergement; 90:Activités créatives, artistiques et de spectacle;
  91:Bibliothèques, archives, musées et autres activités culturelles; 92:Organisation de jeux de hasard et d'argent;
  93:Activités sportives, récréatives et de loisirs; 94:Activités des organisations associatives; 95:Réparation d'ordinateurs et de biens personnels et domestiques;
  96:Autres services personnels; 97:Activités des ménages en tant qu'employeurs de personnel domestique;
  98:Activités indifférenciées des ménages en tant que producteurs de biens et services pour usage propre; 99:Activités des organisations et organismes extraterritoriaux`);

const byCode = (entries: CodeLabel[]) => new Map(entries.map((entry) => [entry.code, entry.libelle]));
const TYPE_LABELS = byCode(TYPES_CONTRATS);
const NATURE_LABELS = byCode(NATURES_CONTRATS);

export const contractTypeLabel = (code: string): string | undefined => TYPE_LABELS.get(code);
export const contractNatureLabel = (code: string): string | undefined => NATURE_LABELS.get(code);
