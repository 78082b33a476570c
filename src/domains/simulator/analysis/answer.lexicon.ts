// Word lists of the analyser, in normalised form (no accents, lower case; see text.normalise.ts).
// Entries are regex fragments matched as whole words: a space matches any spaces, "(?:e|s|es)?"
// covers the feminine and plural forms.

/** Situation cues (S of the STAR method). */
export const SITUATION_CUES = [
  'lorsque', "lorsqu'\\p{L}+", 'lors de', "lors d'\\p{L}+", "quand j'\\p{L}+", 'quand je', 'a l\'epoque', 'il y a', 'chez', 'au sein de', "au sein d'\\p{L}+",
  "j'etais", "je travaillais", 'dans le cadre de', 'dans mon (?:ancien|precedent|dernier|premier) (?:poste|emploi|travail|stage|job|metier)',
  "dans mon experience", 'pendant mon (?:stage|alternance|contrat|emploi|experience|cdd)', 'pendant (?:mes|les) (?:etudes|vacances|saisons?)', 'un jour',
] as const;

/** Action cues (A): the candidate's own actions. */
export const ACTION_CUES = [
  "j'ai (?:mis en place|organise|propose|pris|gere|decide|cree|realise|conseille|accompagne|traite|negocie|mene|forme|anime|resolu|developpe|redige|planifie|contacte|ecoute|explique|fait|du|aide|vendu|reorganise|suggere|lance|choisi|suivi|prepare|installe|rappele|rassure|verifie|classe|accueilli|servi|reformule|pris en charge|appris)",
  'je me suis (?:occupee?|chargee?|portee? volontaire|mise? a|rendue? compte|organisee?)', 'nous avons', "je l'ai", 'je suis alle(?:e)?',
] as const;

/** Result cues (R). */
export const RESULT_CUES = [
  'resultats?', 'ce qui a permis', 'cela a permis', 'ca a permis', "ce qui m'a permis", "cela m'a permis", 'grace a', 'au final', 'finalement', 'en fin de compte',
  "j'ai obtenu", "j'ai reussi", 'a (?:augmente|diminue|baisse|progresse|double|triple)', 'satisfaite?s?', 'fidelise(?:e|s|es)?', 'depasse', 'atteint', 'ainsi',
  'le client est (?:reparti|revenu)', 'la cliente est (?:repartie|revenue)',
] as const;

/** Concrete example cues. */
export const EXAMPLE_CUES = [
  'par exemple', 'notamment', 'concretement', "a titre d'exemple", "j'ai eu l'occasion", 'une fois', 'je me souviens', 'je pense a (?:un|une) (?:client|cliente|situation|fois)',
] as const;

/** Cues of knowledge of the company. */
export const COMPANY_CUES = [
  'votre (?:entreprise|enseigne|societe|magasin|boutique|restaurant|etablissement|cabinet|service|equipe|marque|clientele|site|reputation|histoire|groupe|agence|carte|menu|concept|philosophie|demarche|activite|structure)',
  'vos (?:clients|produits|valeurs|services|equipes|magasins|restaurants|plats|engagements|collections|offres|missions|locaux)',
  "j'ai vu que", "j'ai lu", 'je me suis renseignee?', "j'ai consulte", "j'ai visite", 'sur votre site', 'sur internet', 'vos avis', 'vos valeurs',
] as const;

/** Motivation cues. */
export const MOTIVATION_CUES = [
  'je souhaite', 'je souhaiterais', 'je voudrais', "j'aimerais", 'motivee?s?', 'motivation', 'envie', 'passion', 'passionnee?s?', "j'aime", "j'adore",
  'interessee?s?', 'interessant', 'me plait', "m'attirent?", 'enthousiaste', 'rejoindre', "m'investir", 'evoluer', 'apprendre', 'progresser',
] as const;

/** Signs of weak motivation. */
export const MOTIVATION_DOUBT_CUES = [
  'je sais pas', 'je ne sais pas', 'peu importe', "n'importe (?:quel|quelle|quoi)", 'par defaut', "pour l'argent", 'pour le salaire', "j'ai pas le choix",
  "je n'ai pas le choix", 'obligee?', 'faute de mieux', 'en attendant (?:mieux|de trouver)',
] as const;

/** Hesitation marks. */
export const HESITATION_CUES = ['euh+', 'heu+', 'hum+', 'bah', 'ben', 'beh', 'hmm+'] as const;
/** Three dots, written out or as an ellipsis (normalised to "..."). */
export const ELLIPSIS = /\.{3,}/g;

/** Filler words and verbal tics. « genre » and « quoi » only where they are tics, not nouns or pronouns. */
export const FILLER_CUES = [
  'du coup', 'en fait', "(?<!(?<![\\p{L}])(?:le|un|ce|quel|du|de|mon|son|ton|votre|notre|leur|meme|bon|autre)\\s+|(?<![\\p{L}])d'\\s*)genre", 'voila', 'tu vois', 'vous voyez', 'bref', 'trucs?',
  "(?<!(?<![\\p{L}])(?:de|a|sur|en|pour|sais pas|savoir|sait pas|c'est)\\s+)quoi(?=\\s*(?:[,.!?]|$))", 'enfin bref',
] as const;

/** Polite forms. */
export const POLITENESS_CUES = [
  'bonjour', 'bonsoir', 'merci', 'je vous remercie', 'au revoir', "s'il vous plait", 'madame', 'monsieur', 'avec plaisir', 'volontiers', 'je vous en prie', 'enchantee?',
] as const;

/** Vouvoiement. */
export const VOUS_CUES = ['vous', 'votre', 'vos'] as const;
/** Tutoiement: « ton » only when not a noun (« le ton »); « t' » with the verbs where it is common. */
export const TU_CUES = ['tu', 'te', 'toi', "t'(?:as|es|etais|avais|auras|inquiete|occupes|en fais)", '(?<!(?<![\\p{L}])(?:le|un|mon|son|du|de|meme|bon)\\s+)ton', 'ta', 'tes'] as const;

/** Familiar register. */
export const FAMILIAR_CUES = [
  'ouais?', 'boulot', 'bosser', 'bosses?', 'bossais', 'bossait', 'sympa', 'mec', 'nana', 'kiffe(?:r|s)?', 'galere(?:r|s)?', 'nickel', 'chiante?s?', 'fringues', 'bouffe', 'flic',
] as const;

/** Negative talk about others. */
export const NEGATIVE_CUES = ['nul(?:le)?s?', 'incompetente?s?', 'pourrie?s?', 'horribles?', 'je deteste', 'detestais', 'viree?', 'je me suis fait virer', 'debiles?', 'feignante?s?'] as const;

/** Number words (one, two… are ambiguous: see AMBIGUOUS_NUMBER_WORDS). */
export const NUMBER_WORDS = new Set([
  'zero', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'vingt', 'vingts', 'trente',
  'quarante', 'cinquante', 'soixante', 'septante', 'octante', 'nonante', 'cent', 'cents', 'mille', 'million', 'millions', 'milliard', 'milliards', 'dizaine', 'dizaines',
  'douzaine', 'douzaines', 'quinzaine', 'quinzaines', 'vingtaine', 'vingtaines', 'trentaine', 'quarantaine', 'cinquantaine', 'centaine', 'centaines', 'millier', 'milliers', 'moitie',
]);

/** Words that are numbers only next to a unit or another number: « un an », « neuf mois », « une demi-heure ». */
export const AMBIGUOUS_NUMBER_WORDS = new Set(['un', 'une', 'neuf', 'demi', 'quart', 'double', 'triple']);

/** Units of measure (amounts, rates, durations): they make even « un », « une », « neuf » a figure. */
export const MEASURE_UNITS = new Set([
  '%', '€', '$', 'euro', 'euros', 'k', 'pourcent', 'pourcents', 'an', 'ans', 'annee', 'annees', 'mois', 'semaine', 'semaines', 'jour', 'jours', 'journee', 'journees',
  'heure', 'heures', 'h', 'minute', 'minutes', 'min', 'seconde', 'secondes', 'saison', 'saisons', 'kilo', 'kilos', 'kg', 'metres', 'km',
]);

/** Counted things: part of a figure after a number (« douze clients »), but « un client » is no figure. */
export const COUNT_UNITS = new Set([
  'client', 'clients', 'clientes', 'personne', 'personnes', 'couvert', 'couverts', 'salarie', 'salaries', 'collaborateur', 'collaborateurs', 'commande', 'commandes',
  'appel', 'appels', 'dossier', 'dossiers', 'vente', 'ventes', 'fois', 'produit', 'produits', 'article', 'articles', 'table', 'tables', 'etoiles', 'points',
  'courriers', 'mails', 'factures', 'rendez-vous', 'magasins', 'restaurants', 'postes',
]);

/** Words ignored in the job vocabulary (articles, prepositions, gender marks of ROME labels). */
export const VOCABULARY_STOPWORDS = new Set([
  'de', 'du', 'des', 'la', 'le', 'les', 'en', 'et', 'ou', 'a', 'au', 'aux', 'un', 'une', 'd', 'l', 'h', 'f', 'sur', 'par', 'pour', 'dans', 'avec', 'sans', 'chez',
]);
