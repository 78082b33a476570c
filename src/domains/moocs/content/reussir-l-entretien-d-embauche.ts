import type { CourseContent } from './content.types.js';

/** MOOC « Réussir l’entretien d’embauche » (collection « Les MOOC de l’emploi »). */
export const course: CourseContent = {
  serviceSlug: 'reussir-l-entretien-d-embauche',
  objectives: [
    'Vous renseigner efficacement sur une entreprise et décrypter l’offre pour anticiper les questions du recruteur.',
    'Présenter votre parcours de façon claire et convaincante en deux minutes.',
    'Illustrer vos compétences et votre motivation par des exemples structurés avec la méthode STAR.',
    'Répondre avec assurance aux questions classiques et aux questions pièges : défauts, salaire, interruptions de parcours.',
    'Reconnaître une question discriminatoire et y répondre sans vous mettre en difficulté.',
    'Gérer votre stress et votre communication non verbale, en face à face comme par téléphone ou en visioconférence.',
    'Conclure l’entretien avec des questions pertinentes, puis remercier et relancer le recruteur.',
  ],
  audienceText:
    'Ce MOOC s’adresse à toute personne convoquée prochainement à un entretien d’embauche, ou qui souhaite gagner en assurance pour les prochains : personnes en recherche d’emploi, jeunes diplômés, personnes en reconversion ou de retour sur le marché du travail après une interruption.',
  prerequisites:
    'Aucun prérequis. Ayez sous la main votre CV à jour et, si possible, une offre d’emploi qui vous intéresse : les exercices s’appuient dessus. Un téléphone ou un ordinateur pour vous enregistrer vous sera utile pour vous entraîner.',
  effortText: '2 à 3 heures par semaine pendant 4 semaines',
  instructors: [
    {
      name: 'Sophie Lemaire',
      title: 'Conseillère à l’emploi, agence de Lyon',
      bio: 'Sophie accompagne depuis douze ans des personnes en recherche d’emploi et anime des ateliers de préparation à l’entretien d’embauche. Elle a conduit des centaines de simulations d’entretien et sait combien un peu de préparation change l’assurance d’un candidat le jour venu.',
      kind: 'interne',
    },
    {
      name: 'Karim Haddad',
      title: 'Responsable des ressources humaines dans une PME industrielle',
      bio: 'Karim recrute depuis quinze ans des techniciens, des opérateurs et des employés administratifs. Dans ce cours, il passe de l’autre côté du bureau : il explique ce qu’il cherche à savoir derrière chaque question et ce qui, chez un candidat, fait vraiment la différence.',
      kind: 'externe',
    },
    {
      name: 'Élodie Fabre',
      title: 'Psychologue du travail',
      bio: 'Élodie accompagne les demandeurs d’emploi dans la gestion du stress et la confiance en soi. Elle vous propose des techniques simples de respiration et de préparation mentale pour aborder l’entretien plus sereinement.',
      kind: 'interne',
    },
  ],
  weeks: [
    // -------------------------------------------------------------------------------------------
    // Semaine 1
    // -------------------------------------------------------------------------------------------
    {
      title: 'Semaine 1 — Se préparer : l’entreprise, le poste et vous',
      summary:
        'Un entretien réussi se joue en grande partie avant d’entrer dans la salle. Cette semaine, vous apprenez à vous renseigner sur l’entreprise, à décrypter l’offre pour anticiper les questions et à préparer une présentation de votre parcours en deux minutes.',
      lessons: [
        {
          kind: 'texte',
          title: 'Se renseigner sur l’entreprise et décrypter l’offre',
          durationMinutes: 20,
          body: `## Pourquoi se renseigner ?

« Que savez-vous de notre entreprise ? » est l’une des questions les plus fréquentes en entretien. Un candidat qui répond « pas grand-chose » envoie un message clair : il postule partout sans s’intéresser à personne. À l’inverse, quelques informations bien choisies montrent votre **motivation** et vous aident à **relier votre expérience aux besoins de l’entreprise**.

## Ce qu’il faut savoir sur l’entreprise

Constituez une fiche d’une page avec :

- **son activité** : produits ou services, clients, concurrents principaux ;
- **sa taille et son organisation** : nombre de salariés, sites, appartenance à un groupe ;
- **son actualité** : ouverture d’un site, nouveau produit, projet de développement, recrutements en cours ;
- **ses valeurs et sa culture** : ce qu’elle met en avant sur son site, dans ses offres et sur ses pages de réseaux sociaux ;
- **le service qui recrute** : à qui le poste est rattaché, avec qui vous travaillerez.

Où trouver ces informations ? Sur le site de l’entreprise, sur ses pages de réseaux professionnels, dans la presse locale, sur les sites d’avis de salariés (avec du recul), ou en interrogeant une personne qui y travaille. Si c’est un commerce, allez-y en client : rien ne remplace l’observation.

## Décrypter l’offre pour anticiper les questions

Reprenez l’annonce et relevez :

1. **Les missions principales** : le recruteur vous demandera si vous les avez déjà exercées.
2. **Les compétences exigées** : préparez pour chacune une preuve tirée de votre expérience.
3. **Les qualités attendues** : attendez-vous à des questions comme « Racontez-moi une situation où vous avez dû gérer plusieurs priorités ».
4. **Les points faibles de votre candidature** par rapport à l’offre : compétence manquante, expérience plus courte que demandé, secteur différent. Le recruteur les a vus ; préparez une réponse positive.

## Une fiche de préparation

Pour chaque entretien, remplissez une fiche avec trois colonnes : **ce que demande l’offre**, **ce que j’ai fait qui y répond**, **la question qu’on pourrait me poser**. Par exemple :

| L’offre demande | Ce que j’ai fait | Question possible |
| --- | --- | --- |
| Gestion des priorités | Accueil et standard en parallèle dans un cabinet | « Comment gérez-vous un pic d’activité ? » |
| Logiciel de facturation | Facturation sur un logiciel comparable | « Quels outils maîtrisez-vous ? » |

## La logistique, à ne pas négliger

- Relisez la convocation : **date, heure, adresse, nom et fonction** de vos interlocuteurs, type d’entretien (individuel, collectif, en visioconférence).
- Préparez le trajet et prévoyez une marge ; faites le chemin à l’avance si possible.
- Relisez **la version du CV et de la lettre** que vous avez envoyée.
- Préparez une tenue adaptée aux codes de l’entreprise : dans le doute, restez sobre et un cran plus habillé que le quotidien du poste.

## Exercice

Pour une offre qui vous intéresse, remplissez la fiche entreprise et le tableau de préparation. Identifiez au moins **un point faible** de votre candidature et notez comment vous y répondriez.`,
        },
        {
          kind: 'texte',
          title: '« Présentez-vous » : votre pitch en deux minutes',
          durationMinutes: 20,
          body: `## La question qui ouvre presque tous les entretiens

« Parlez-moi de vous », « Présentez-vous », « Racontez-moi votre parcours »… Cette question arrive souvent en premier. Elle n’est pas une simple formalité : le recruteur observe **votre capacité à synthétiser**, ce que vous choisissez de mettre en avant et la cohérence entre votre parcours et le poste. Une présentation réussie donne le ton de tout l’entretien.

## Les erreurs fréquentes

- **Réciter son CV** ligne par ligne, depuis le collège.
- **Parler de sa vie privée** : situation familiale, loisirs sans lien, difficultés personnelles.
- **Être trop bref** : « Je m’appelle Julie, j’ai travaillé dans la vente. » Le recruteur doit alors tout vous arracher.
- **Parler dix minutes** sans laisser de place à l’échange.

## La structure en trois temps

Visez **deux minutes environ**, soit une quinzaine de phrases.

### 1. Qui je suis aujourd’hui (20 secondes)

Votre métier ou votre domaine, vos années d’expérience et ce qui vous caractérise professionnellement.

> « Je suis assistante administrative depuis cinq ans, spécialisée dans l’accueil et la facturation, principalement dans le secteur de la santé. »

### 2. Ce que j’ai fait et ce que j’en retire (60 à 70 secondes)

Deux ou trois étapes clés de votre parcours, **choisies en fonction du poste**, avec pour chacune une réalisation concrète.

> « Dans un cabinet médical de six praticiens, je gérais l’accueil de 60 patients par jour et toute la facturation. J’ai mis en place un nouveau classement des dossiers qui a réduit les retards de règlement. Avant cela, trois ans en grande surface m’ont appris à garder mon calme face à des clients pressés. »

### 3. Pourquoi je suis là (20 à 30 secondes)

Le lien avec le poste et l’entreprise : ce qui vous attire, ce que vous apporterez.

> « Je souhaite aujourd’hui rejoindre une entreprise en développement comme la vôtre, où je pourrai élargir mes missions à la gestion commerciale. Votre ouverture d’une deuxième agence m’a particulièrement intéressée. »

## Adapter selon votre situation

- **Premier emploi** : appuyez-vous sur votre formation, vos stages, vos projets et vos engagements associatifs.
- **Reconversion** : présentez le fil rouge entre votre ancien métier et le nouveau, et ce que vous avez fait pour vous y préparer (formation, immersion, stage).
- **Retour après une interruption** : mentionnez-la brièvement et positivement, puis revenez vite à vos compétences et à votre projet.

## S’entraîner, vraiment

Un pitch se travaille à l’oral, pas seulement à l’écrit :

1. Écrivez-le, puis **réduisez-le à des mots-clés** : vous ne devez pas le réciter par cœur.
2. **Enregistrez-vous** avec votre téléphone et chronométrez-vous.
3. Réécoutez : le débit est-il posé ? Les phrases sont-elles claires ? Le lien avec le poste est-il évident ?
4. Présentez-le à un proche ou à votre conseiller et demandez-lui ce qu’il a retenu.

## Exercice

Rédigez votre pitch en trois temps pour l’offre que vous avez choisie, puis enregistrez-vous trois fois. Gardez la version qui tient **entre 1 min 30 et 2 min 30**.`,
        },
        {
          kind: 'quiz',
          title: 'Quiz de la semaine 1',
          body: 'Vérifiez que vous savez préparer un entretien : recherches sur l’entreprise, analyse de l’offre et présentation de votre parcours. Vous pouvez refaire ce quiz autant de fois que nécessaire.',
          passMark: 75,
          maxAttempts: null,
          questions: [
            {
              kind: 'multiple',
              prompt: 'Quelles informations est-il utile de connaître sur l’entreprise avant l’entretien ?',
              explanation: 'L’activité, l’actualité et l’organisation de l’entreprise vous permettent de montrer votre intérêt et de relier votre expérience à ses besoins.',
              choices: [
                { label: 'Son activité et ses principaux clients.', correct: true, feedback: 'Oui : c’est la base pour comprendre à quoi servira votre poste.' },
                { label: 'Son actualité récente (ouverture d’un site, nouveau produit).', correct: true, feedback: 'Oui : la citer montre que vous vous êtes vraiment intéressé à l’entreprise.' },
                { label: 'La vie privée de la personne qui vous reçoit.', correct: false, feedback: 'Non : s’intéresser à son parcours professionnel peut être utile, mais sa vie privée ne vous regarde pas.' },
                { label: 'Le service auquel le poste est rattaché.', correct: true, feedback: 'Oui : vous saurez avec qui vous travaillerez et pourrez poser des questions précises.' },
              ],
            },
            {
              kind: 'unique',
              prompt: 'Le recruteur vous dit : « Présentez-vous. » Quelle réponse est la plus adaptée ?',
              explanation: 'Une présentation efficace dure environ deux minutes : qui vous êtes aujourd’hui, deux ou trois étapes choisies pour le poste, puis pourquoi vous êtes là.',
              choices: [
                { label: 'Raconter tout votre parcours depuis vos études, dans l’ordre.', correct: false, feedback: 'Trop long et peu ciblé : le recruteur a déjà votre CV, il attend une synthèse.' },
                { label: 'Une présentation de deux minutes reliant votre parcours au poste visé.', correct: true, feedback: 'Exactement : synthétique, ciblée et tournée vers le poste.' },
                { label: 'Parler de votre famille et de vos loisirs pour créer une relation.', correct: false, feedback: 'Ces éléments n’ont pas leur place au début d’un entretien professionnel et ne disent rien de vos compétences.' },
              ],
            },
            {
              kind: 'unique',
              prompt: 'L’offre demande trois ans d’expérience, vous en avez un an et demi. Comment vous préparer ?',
              explanation: 'Le recruteur a vu l’écart en lisant votre CV, et il vous a tout de même convoqué. Préparez une réponse qui met en avant la qualité et la pertinence de votre expérience.',
              choices: [
                { label: 'Espérer que le sujet ne sera pas abordé.', correct: false, feedback: 'Risqué : si la question arrive, vous serez pris au dépourvu.' },
                { label: 'Préparer des exemples concrets montrant que vous maîtrisez déjà les missions clés.', correct: true, feedback: 'Oui : vous transformez un point faible en démonstration de compétence.' },
                { label: 'Arrondir à trois ans sur votre CV avant l’entretien.', correct: false, feedback: 'Non : mentir sur son expérience se découvre facilement et fait perdre toute confiance.' },
              ],
            },
            {
              kind: 'multiple',
              prompt: 'Quelles sont de bonnes façons de s’entraîner à son pitch ?',
              explanation: 'Le pitch se prépare à l’oral : mots-clés plutôt que texte appris par cœur, enregistrement, chronométrage et retour d’une autre personne.',
              choices: [
                { label: 'S’enregistrer et se chronométrer.', correct: true, feedback: 'Oui : vous entendez votre débit et vérifiez la durée.' },
                { label: 'Apprendre un texte par cœur mot à mot.', correct: false, feedback: 'Un texte récité sonne faux et vous déstabilise au moindre oubli. Retenez plutôt les étapes et les mots-clés.' },
                { label: 'Le présenter à un proche ou à son conseiller et lui demander ce qu’il a retenu.', correct: true, feedback: 'Oui : vous vérifiez que votre message principal passe bien.' },
              ],
            },
          ],
        },
      ],
    },
    // -------------------------------------------------------------------------------------------
    // Semaine 2
    // -------------------------------------------------------------------------------------------
    {
      title: 'Semaine 2 — Convaincre avec des exemples',
      summary:
        'Affirmer ses qualités ne suffit pas : il faut les prouver. Cette semaine, vous apprenez la méthode STAR pour raconter vos expériences de façon claire et convaincante, puis vous préparez vos réponses aux questions classiques sur vos compétences et votre motivation.',
      lessons: [
        {
          kind: 'texte',
          title: 'La méthode STAR pour raconter ses expériences',
          durationMinutes: 20,
          body: `## Des preuves plutôt que des adjectifs

« Je suis rigoureux, organisé et j’ai le sens du contact. » Tous les candidats le disent. Ce qui convainc un recruteur, ce sont des **exemples concrets**. Beaucoup de recruteurs posent d’ailleurs des questions dites « comportementales » : « Racontez-moi une situation où… », « Donnez-moi un exemple de… ». La méthode STAR vous aide à y répondre de façon structurée.

## Les quatre étapes de STAR

- **S comme Situation** : le contexte, en une ou deux phrases. Où étiez-vous, quand, dans quel cadre ?
- **T comme Tâche** : ce que l’on attendait de vous, l’objectif ou le problème à résoudre.
- **A comme Action** : ce que **vous** avez fait, concrètement. C’est la partie la plus importante : dites « je » et non « on ».
- **R comme Résultat** : ce qui s’est passé ensuite, chiffré si possible, et ce que vous en avez appris.

## Un exemple complet

Question : « Racontez-moi une situation où vous avez dû gérer un client mécontent. »

> **Situation** : « Je travaillais comme vendeur dans un magasin d’électroménager. Un samedi, un client est arrivé très en colère parce que sa machine à laver, livrée la veille, ne fonctionnait pas. »
>
> **Tâche** : « Je devais le calmer et trouver une solution, alors que le service après-vente était fermé le week-end. »
>
> **Action** : « Je l’ai écouté sans l’interrompre, je me suis excusé pour le désagrément et j’ai vérifié le bon de livraison. J’ai constaté un problème de raccordement courant, je lui ai expliqué comment le vérifier, et j’ai noté ses coordonnées pour qu’un technicien le rappelle dès le lundi matin. »
>
> **Résultat** : « Le problème était bien le raccordement, réglé le soir même. Le client est revenu la semaine suivante acheter un sèche-linge et a demandé à être servi par moi. »

Durée de la réponse : **une à deux minutes**. Au-delà, le recruteur décroche.

## Constituer sa réserve d’exemples

Préparez **cinq à huit histoires STAR** qui couvrent les situations les plus fréquentes :

- une réussite dont vous êtes fier ;
- un problème que vous avez résolu ;
- une situation de travail en équipe (et un désaccord bien géré) ;
- un moment de forte charge ou d’urgence ;
- une erreur ou un échec, et ce que vous en avez tiré ;
- une initiative que vous avez prise ;
- une situation où vous avez dû apprendre vite.

Une même histoire peut servir à plusieurs questions : un pic d’activité bien géré prouve à la fois votre organisation, votre calme et votre esprit d’équipe.

## Trouver des exemples quand on a peu d’expérience

Stages, jobs d’été, projets de formation, associations, sport, engagement civique : ces expériences comptent. L’important est que **l’action soit la vôtre** et que le résultat soit réel. « En tant que capitaine de mon équipe de handball, j’ai organisé les covoiturages de quinze joueurs toute la saison » prouve un vrai sens de l’organisation.

## Exercice

Écrivez trois histoires STAR à partir de la fiche de préparation de la semaine 1 : une pour chaque compétence clé de l’offre. Racontez-les ensuite à voix haute en moins de deux minutes chacune.`,
        },
        {
          kind: 'texte',
          title: 'Répondre aux questions classiques sur les compétences et la motivation',
          durationMinutes: 20,
          body: `## Ce que cherche le recruteur

Derrière toutes ses questions, le recruteur cherche à répondre à trois interrogations : **Peut-il faire le travail ? Veut-il vraiment ce poste ? S’intégrera-t-il dans l’équipe ?** Chaque réponse doit l’aider à dire « oui » à l’une d’elles.

## « Pourquoi avez-vous postulé chez nous ? »

Le recruteur vérifie que vous ne postulez pas au hasard. Appuyez-vous sur vos recherches de la semaine 1.

> *À éviter* : « Parce que c’est près de chez moi et que j’ai besoin de travailler. »
>
> *À privilégier* : « Votre entreprise est reconnue dans la région pour la qualité de son service client, et l’ouverture de votre nouvelle agence montre qu’elle se développe. Le poste correspond exactement à ce que j’ai fait pendant trois ans, avec en plus la gestion commerciale que je souhaite développer. »

La proximité peut être un argument, mais jamais le seul.

## « Quelles sont vos principales qualités ? »

Citez **deux ou trois qualités** en lien avec le poste, chacune accompagnée d’une preuve courte (une mini-histoire STAR). « Je suis organisée : dans mon dernier poste, je gérais seule les plannings de douze personnes, sans oubli de remplacement en deux ans. »

## « Qu’est-ce qui vous intéresse dans ce poste ? »

Parlez des **missions** et de ce qu’elles vous apportent : relation client, technique, travail d’équipe, possibilité d’apprendre. Évitez de ne parler que des horaires, du salaire ou des avantages : ce sont des sujets légitimes, mais qui viennent plus tard dans l’échange.

## « Pourquoi devrions-nous vous choisir ? »

C’est l’occasion de **résumer votre candidature** en trois arguments : une compétence clé, une expérience comparable, une qualité prouvée. Ne dénigrez pas les autres candidats : parlez de vous.

## « Où vous voyez-vous dans cinq ans ? »

Le recruteur teste votre projet et votre stabilité. Montrez que vous voulez **progresser dans le poste** et, éventuellement, évoluer au sein de l’entreprise, sans donner l’impression que ce poste n’est qu’une étape vers autre chose.

## « Parlez-moi d’une réussite » / « Comment travaillez-vous en équipe ? »

Ce sont des questions comportementales : sortez l’histoire STAR adaptée de votre réserve.

## Les compétences techniques

Pour certains postes, le recruteur vérifie vos connaissances concrètes : un logiciel, une réglementation de base, un geste technique, parfois par un petit test ou une mise en situation. Révisez les fondamentaux du métier et soyez honnête : « Je n’ai pas utilisé ce logiciel, mais j’en maîtrise un similaire et j’apprends vite, comme je l’ai fait lorsque… » vaut mieux qu’une réponse approximative.

## La motivation se voit aussi

Le ton compte autant que les mots : un regard franc, une voix posée, des exemples précis sur l’entreprise montrent votre envie mieux que « Je suis très motivé ».

## Exercice

Rédigez en quelques mots-clés vos réponses aux cinq questions de cette leçon. Entraînez-vous ensuite avec un proche ou avec le simulateur d’entretien du catalogue, puis réécoutez vos réponses.`,
        },
        {
          kind: 'quiz',
          title: 'Quiz de la semaine 2',
          body: 'Vérifiez que vous maîtrisez la méthode STAR et les réponses aux questions classiques de l’entretien.',
          passMark: 75,
          maxAttempts: null,
          questions: [
            {
              kind: 'unique',
              prompt: 'Dans la méthode STAR, quelle étape doit être la plus développée ?',
              explanation: 'L’Action est le cœur de la réponse : c’est elle qui montre ce que vous, personnellement, avez fait. La situation et la tâche posent seulement le décor.',
              choices: [
                { label: 'La Situation, pour bien planter le décor.', correct: false, feedback: 'Une ou deux phrases suffisent : un contexte trop long fait perdre l’attention du recruteur.' },
                { label: 'L’Action, en décrivant ce que vous avez fait personnellement.', correct: true, feedback: 'Oui : c’est là que le recruteur voit vos compétences en œuvre. Dites « je », pas « on ».' },
                { label: 'La Tâche, en listant toutes vos responsabilités.', correct: false, feedback: 'La tâche précise l’objectif, elle ne doit pas devenir une fiche de poste.' },
              ],
            },
            {
              kind: 'multiple',
              prompt: 'Quelles situations méritent d’avoir une histoire STAR prête avant l’entretien ?',
              explanation: 'Les questions comportementales portent souvent sur une réussite, un problème résolu, le travail en équipe, une période de forte charge ou un échec.',
              choices: [
                { label: 'Un problème que vous avez résolu.', correct: true, feedback: 'Oui : c’est l’une des questions comportementales les plus fréquentes.' },
                { label: 'Une erreur et ce que vous en avez appris.', correct: true, feedback: 'Oui : le recruteur évalue votre capacité à reconnaître une erreur et à progresser.' },
                { label: 'Votre dernier voyage à l’étranger.', correct: false, feedback: 'Sauf lien direct avec le poste, ce n’est pas une situation professionnelle à préparer.' },
                { label: 'Un moment de travail en équipe.', correct: true, feedback: 'Oui : presque tous les postes demandent de travailler avec d’autres.' },
              ],
            },
            {
              kind: 'unique',
              prompt: '« Pourquoi avez-vous postulé chez nous ? » Quelle réponse est la plus convaincante ?',
              explanation: 'Une bonne réponse montre que vous connaissez l’entreprise et relie le poste à votre expérience et à votre projet.',
              choices: [
                { label: '« Parce que c’est à dix minutes de chez moi. »', correct: false, feedback: 'La proximité peut compter, mais seule, elle donne l’impression que le poste vous importe peu.' },
                { label: '« Parce que j’ai besoin de travailler rapidement. »', correct: false, feedback: 'C’est sincère, mais cela parle de votre besoin, pas de ce que vous apporterez à l’entreprise.' },
                { label: '« Votre développement récent et le poste correspondent à mon expérience en relation client que je veux approfondir. »', correct: true, feedback: 'Oui : vous montrez que vous connaissez l’entreprise et que le poste s’inscrit dans votre projet.' },
              ],
            },
            {
              kind: 'multiple',
              prompt: 'Le recruteur vous demande vos qualités. Quelles attitudes sont efficaces ?',
              explanation: 'Deux ou trois qualités liées au poste, chacune prouvée par un exemple court, convainquent bien plus qu’une longue liste d’adjectifs.',
              choices: [
                { label: 'Choisir deux ou trois qualités utiles pour le poste.', correct: true, feedback: 'Oui : le recruteur retient mieux quelques qualités bien choisies.' },
                { label: 'Illustrer chaque qualité par un exemple concret.', correct: true, feedback: 'Oui : l’exemple transforme une affirmation en preuve.' },
                { label: 'Énumérer le plus de qualités possible pour impressionner.', correct: false, feedback: 'Une longue liste sans preuve sonne creux et se retient mal.' },
                { label: 'Répondre « Je n’ai pas vraiment de qualités particulières ».', correct: false, feedback: 'La modestie excessive dessert : le recruteur attend que vous sachiez vous présenter.' },
              ],
            },
          ],
        },
      ],
    },
    // -------------------------------------------------------------------------------------------
    // Semaine 3
    // -------------------------------------------------------------------------------------------
    {
      title: 'Semaine 3 — Déjouer les questions difficiles',
      summary:
        'Défauts, échecs, périodes sans emploi, départ d’un précédent poste, prétentions salariales : ces questions font peur, mais elles se préparent. Vous apprendrez aussi à reconnaître les questions discriminatoires, que le recruteur n’a pas le droit de poser, et à y répondre sans vous mettre en difficulté.',
      lessons: [
        {
          kind: 'texte',
          title: 'Défauts, échecs et trous dans le parcours',
          durationMinutes: 20,
          body: `## Pourquoi ces questions ?

Le recruteur ne cherche pas à vous piéger pour le plaisir. Il veut savoir si vous **vous connaissez**, si vous êtes **honnête** et comment vous réagissez face à une question inconfortable. Ce qui compte, ce n’est pas d’être parfait, c’est de montrer que vous savez **identifier une difficulté et agir**.

## « Quel est votre principal défaut ? »

Trois réponses à éviter :

- **Le faux défaut** : « Je suis trop perfectionniste », « Je travaille trop ». Le recruteur l’entend dix fois par jour.
- **Le défaut rédhibitoire** : « Je suis souvent en retard » pour un poste d’accueil.
- **Le refus** : « Je n’en vois pas. »

La bonne méthode : **un vrai défaut, sans lien direct avec le cœur du poste, et ce que vous faites pour le corriger**.

> « J’ai tendance à vouloir tout faire moi-même plutôt que de demander de l’aide. Dans mon dernier poste, lors d’un pic d’activité, cela m’a mise en retard. Depuis, je fais le point chaque matin avec mes collègues sur la charge de chacun, et je n’hésite plus à demander un coup de main. »

## « Parlez-moi d’un échec »

Utilisez la méthode STAR, en insistant sur le **R** : ce que vous en avez appris et ce que vous faites différemment aujourd’hui. Choisissez un échec réel mais mesuré, et assumez votre part de responsabilité sans accabler les autres.

## « Que s’est-il passé entre 2021 et 2023 ? »

Une période sans emploi n’est pas une faute. Elle inquiète le recruteur seulement si elle paraît **inexpliquée** ou si vous semblez mal à l’aise. La méthode :

1. **Expliquer brièvement**, sans entrer dans l’intime : « J’ai fait le choix de m’occuper d’un proche », « J’ai été confronté à un problème de santé aujourd’hui réglé », « J’ai cherché un emploi dans un secteur en difficulté ».
2. **Montrer ce que vous avez fait pendant cette période** : formation, bénévolat, missions ponctuelles, préparation de votre projet.
3. **Revenir vers l’avenir** : « Je suis aujourd’hui pleinement disponible et j’ai envie de mettre mon expérience au service de… »

Vous n’avez pas à donner de détails sur votre santé ou votre vie familiale.

## « Pourquoi avez-vous quitté votre dernier emploi ? »

**Ne critiquez jamais** un ancien employeur, même si la séparation a été difficile : le recruteur se demandera ce que vous direz de lui. Restez factuel et tourné vers le projet : « Mon contrat arrivait à son terme », « L’entreprise a réduit ses effectifs », « Je souhaitais évoluer vers des missions que ce poste ne permettait pas ». En cas de licenciement ou de rupture, une phrase neutre suffit, suivie de ce que vous en retenez.

## « Vous êtes surqualifié » / « Vous manquez d’expérience »

Ce sont des objections, pas des refus. Reformulez l’inquiétude du recruteur et rassurez-le :

- surqualification : expliquez pourquoi **ce poste** vous intéresse et votre intention de vous y investir durablement ;
- manque d’expérience : mettez en avant votre capacité d’apprentissage, vos stages et vos exemples STAR.

## Exercice

Préparez vos réponses à trois questions de cette leçon, en particulier celle qui vous inquiète le plus. Dites-les à voix haute jusqu’à ce que vous puissiez y répondre calmement, en moins d’une minute.`,
        },
        {
          kind: 'texte',
          title: 'Parler salaire et faire face aux questions interdites',
          durationMinutes: 20,
          body: `## « Quelles sont vos prétentions salariales ? »

Cette question arrive souvent en fin d’entretien, parfois dès le premier appel. Mieux vaut l’avoir préparée que d’improviser un chiffre.

### Avant l’entretien

- Regardez si l’offre indique une **fourchette de salaire**.
- Renseignez-vous sur les salaires pratiqués pour ce métier, dans votre région et pour votre niveau d’expérience : offres similaires, convention collective du secteur, échanges avec des professionnels, conseils de votre conseiller.
- Déterminez **votre salaire minimum acceptable**, en tenant compte de vos charges et des frais liés au poste (transport, garde d’enfants).

### Pendant l’entretien

- En France, on parle généralement en **brut annuel** (ou en brut mensuel pour certains postes) : précisez toujours de quoi vous parlez.
- Donnez une **fourchette réaliste**, dont le bas correspond à un montant que vous accepteriez vraiment : « Compte tenu de mon expérience et des salaires pratiqués pour ce poste, je me situe entre … et … euros brut annuels. »
- Si la question arrive trop tôt, vous pouvez la retourner poliment : « Pouvez-vous m’indiquer la fourchette prévue pour ce poste ? »
- Pensez aux **autres éléments** : treizième mois, primes, tickets-restaurant, mutuelle, télétravail, horaires. Ils peuvent compenser un salaire de base un peu plus bas.

Restez calme et factuel : la négociation fait partie du recrutement, elle ne vous fera pas mal voir si elle reste raisonnable.

## Les questions que le recruteur n’a pas le droit de poser

Un recruteur ne peut demander que des informations ayant un **lien direct et nécessaire avec le poste** et vos compétences. La loi interdit de fonder une décision de recrutement sur des critères comme l’origine, le sexe, l’âge, la situation de famille, la grossesse, l’état de santé, le handicap, l’orientation sexuelle, les opinions politiques, les activités syndicales ou les convictions religieuses. Exemples de questions qui posent problème :

- « Êtes-vous mariée ? Avez-vous des enfants ? Comptez-vous en avoir ? »
- « Quelle est votre religion ? », « D’où viennent vos parents ? »
- « Êtes-vous syndiqué ? », « Pour qui votez-vous ? »
- « Avez-vous des problèmes de santé ? » (l’aptitude médicale relève de la médecine du travail).

## Comment réagir ?

Vous n’avez **pas à répondre**, et vous ne devez pas vous sentir coupable. Selon la situation, plusieurs options :

1. **Recentrer sur le poste**, avec calme : « Ma situation personnelle n’a pas d’incidence sur ma disponibilité : je suis tout à fait en mesure d’assurer les horaires du poste. »
2. **Demander le lien avec le poste** : « En quoi cette information est-elle utile pour le poste ? »
3. **Refuser poliment** : « Je préfère garder cette information pour moi, mais je serais ravi de vous parler de mon expérience. »

Choisissez la réponse avec laquelle vous êtes à l’aise. Une question maladroite ne signifie pas toujours une intention de discriminer, mais vous pouvez en tirer une information sur l’entreprise.

## Et après ?

Si vous pensez avoir été victime de discrimination, **notez immédiatement** la date, le nom de l’interlocuteur et les questions posées. Parlez-en à votre conseiller : il pourra vous orienter, par exemple vers le Défenseur des droits ou une association spécialisée.

## Exercice

Calculez votre fourchette de salaire pour l’offre choisie et écrivez la phrase que vous prononcerez. Préparez aussi votre réponse type à une question sur votre situation familiale.`,
        },
        {
          kind: 'quiz',
          title: 'Quiz de la semaine 3',
          body: 'Testez vos réflexes face aux questions difficiles : défauts, parcours, salaire et questions discriminatoires.',
          passMark: 75,
          maxAttempts: null,
          questions: [
            {
              kind: 'unique',
              prompt: 'Quelle réponse à « Quel est votre principal défaut ? » est la plus efficace ?',
              explanation: 'La bonne réponse présente un vrai défaut, sans lien avec le cœur du poste, et montre ce que vous faites concrètement pour le corriger.',
              choices: [
                { label: '« Je suis trop perfectionniste. »', correct: false, feedback: 'C’est le faux défaut le plus fréquent : le recruteur n’y croit pas et n’apprend rien sur vous.' },
                { label: '« J’ai du mal à déléguer ; depuis, je fais un point chaque matin avec l’équipe sur la charge de chacun. »', correct: true, feedback: 'Oui : un défaut réel, une prise de conscience et une action concrète.' },
                { label: '« Je n’ai pas vraiment de défaut. »', correct: false, feedback: 'Cette réponse donne l’image d’une personne qui manque de recul sur elle-même.' },
              ],
            },
            {
              kind: 'multiple',
              prompt: 'Comment parler d’une période sans emploi de deux ans ?',
              explanation: 'Une explication brève, ce que vous avez fait pendant cette période et un retour rapide vers votre projet rassurent le recruteur. Vous n’avez pas à entrer dans votre vie privée.',
              choices: [
                { label: 'Expliquer brièvement la raison, sans détails intimes.', correct: true, feedback: 'Oui : une phrase simple suffit, vous n’avez pas à vous justifier longuement.' },
                { label: 'Mettre en avant ce que vous avez fait pendant cette période (formation, bénévolat).', correct: true, feedback: 'Oui : cela montre que vous êtes resté actif.' },
                { label: 'Modifier les dates sur votre CV pour masquer la période.', correct: false, feedback: 'Non : une fausse information peut être découverte et remettre en cause votre embauche.' },
                { label: 'Conclure sur votre disponibilité et votre projet actuel.', correct: true, feedback: 'Oui : vous ramenez l’échange vers l’avenir et vers le poste.' },
              ],
            },
            {
              kind: 'unique',
              prompt: 'Le recruteur vous demande vos prétentions salariales. Que répondez-vous ?',
              explanation: 'Une fourchette réaliste, préparée à partir des salaires pratiqués et de votre minimum acceptable, et exprimée clairement en brut annuel, est la réponse la plus solide.',
              choices: [
                { label: '« Ce que vous voudrez, je n’ai pas d’exigence. »', correct: false, feedback: 'Cette réponse peut vous faire sous-payer et donne l’image d’un candidat qui ne connaît pas sa valeur.' },
                { label: 'Une fourchette réaliste en brut annuel, justifiée par votre expérience et les salaires du marché.', correct: true, feedback: 'Oui : vous montrez que vous vous êtes renseigné et vous gardez une marge de discussion.' },
                { label: 'Un montant très élevé pour avoir de la marge de négociation.', correct: false, feedback: 'Un chiffre déconnecté du marché peut vous faire écarter avant même toute négociation.' },
              ],
            },
            {
              kind: 'multiple',
              prompt: 'Parmi ces questions, lesquelles un recruteur n’a pas le droit de poser, car sans lien avec le poste ?',
              explanation: 'Le recruteur ne peut demander que des informations liées au poste et à vos compétences. La situation familiale, les projets de grossesse ou la religion n’en font pas partie.',
              choices: [
                { label: '« Avez-vous des enfants ou comptez-vous en avoir ? »', correct: true, feedback: 'Exact : la situation de famille et la grossesse ne peuvent pas être des critères de recrutement.' },
                { label: '« Quelle est votre religion ? »', correct: true, feedback: 'Exact : les convictions religieuses n’ont pas à être abordées en entretien.' },
                { label: '« Êtes-vous disponible pour travailler le samedi, comme indiqué dans l’offre ? »', correct: false, feedback: 'Cette question est légitime : elle porte sur une condition de travail du poste.' },
                { label: '« Quels logiciels de facturation avez-vous utilisés ? »', correct: false, feedback: 'Question tout à fait légitime : elle porte directement sur vos compétences.' },
              ],
            },
            {
              kind: 'unique',
              prompt: 'On vous demande : « Êtes-vous mariée ? » Quelle réaction est la plus adaptée ?',
              explanation: 'Vous n’êtes pas obligée de répondre. Recentrer calmement l’échange sur votre disponibilité et vos compétences vous permet de rester maîtresse de la situation.',
              choices: [
                { label: 'Recentrer : « Ma situation personnelle n’a pas d’incidence sur ma disponibilité pour ce poste. »', correct: true, feedback: 'Oui : vous répondez à l’inquiétude implicite sans donner d’information personnelle.' },
                { label: 'Se sentir obligée de répondre en détail.', correct: false, feedback: 'Non : cette information n’a pas à entrer dans la décision, vous pouvez ne pas la donner.' },
                { label: 'Quitter la salle immédiatement en claquant la porte.', correct: false, feedback: 'Votre malaise est compréhensible, mais une réponse calme vous protège mieux. Notez ensuite les faits et parlez-en à votre conseiller.' },
              ],
            },
          ],
        },
      ],
    },
    // -------------------------------------------------------------------------------------------
    // Semaine 4
    // -------------------------------------------------------------------------------------------
    {
      title: 'Semaine 4 — Le jour J et après',
      summary:
        'Dernière ligne droite : gérer le stress et votre communication non verbale, réussir un entretien par téléphone ou en visioconférence, poser les bonnes questions en fin d’entretien, puis remercier et relancer le recruteur au bon moment.',
      lessons: [
        {
          kind: 'texte',
          title: 'Gérer le stress, soigner le non-verbal et poser ses questions',
          durationMinutes: 20,
          body: `## Le stress est normal

Presque tous les candidats sont stressés avant un entretien, et les recruteurs le savent. Un peu de trac vous rend même plus attentif. L’objectif n’est pas de le supprimer, mais de **l’empêcher de prendre le dessus**.

## Avant l’entretien

- **La veille** : préparez vos affaires (CV imprimé en deux exemplaires, convocation, pièce d’identité si demandée, bloc-notes, stylo) et votre tenue. Relisez votre fiche de préparation, puis arrêtez de réviser.
- **Le jour même** : arrivez **dix minutes en avance**, pas plus. Si vous êtes très en avance, marchez un peu dehors.
- **Juste avant d’entrer** : pratiquez la **respiration lente** — inspirez par le nez sur quatre temps, expirez par la bouche sur six temps, plusieurs fois. Cela ralentit le rythme cardiaque et pose la voix.
- Adoptez une posture droite, épaules ouvertes, pendant quelques minutes : on se sent plus assuré quand on se tient comme une personne assurée.

## La communication non verbale

Le recruteur se fait une première impression en quelques instants. Quelques repères :

- **L’accueil** : un sourire, un « Bonjour » clair, une poignée de main franche si elle est proposée. Soyez courtois avec toutes les personnes rencontrées, dès l’accueil.
- **Le regard** : regardez votre interlocuteur quand vous parlez et quand il parle. Face à plusieurs recruteurs, répartissez votre regard entre eux, en revenant à celui qui a posé la question.
- **La posture** : assis au fond du siège, légèrement penché vers l’avant, mains visibles sur la table ou les genoux. Évitez de croiser les bras ou de jouer avec un stylo.
- **La voix** : parlez un peu plus lentement que d’habitude. Marquez des pauses : un silence de deux secondes avant de répondre montre que vous réfléchissez.
- **Le téléphone** : éteint ou en silencieux, rangé.

Si vous perdez le fil, dites-le simplement : « Pardon, pouvez-vous répéter la question ? » C’est bien mieux qu’une réponse à côté.

## Les questions à poser au recruteur

« Avez-vous des questions ? » arrive presque toujours en fin d’entretien. Répondre « Non, vous avez tout dit » est une occasion manquée. Préparez **trois à cinq questions** et posez-en deux ou trois :

- « À quoi ressemblerait une journée type dans ce poste ? »
- « Comment est organisée l’équipe avec laquelle je travaillerais ? »
- « Quels sont les principaux défis du poste pour les prochains mois ? »
- « Comment se passe l’intégration des nouveaux arrivants ? »
- « Quelles sont les prochaines étapes du recrutement, et dans quel délai ? »

La dernière est essentielle : elle vous indique quand relancer. Évitez de commencer par les congés ou les avantages : ces sujets trouvent leur place plus tard, quand l’employeur a montré son intérêt.

## Bien conclure

Remerciez votre interlocuteur pour son temps, redites en une phrase votre intérêt pour le poste (« Cet échange me confirme mon envie de rejoindre votre équipe »), et partez avec la même courtoisie qu’à l’arrivée.

## Exercice

Écrivez vos cinq questions pour l’offre choisie. Entraînez-vous ensuite à la respiration lente pendant trois minutes, deux jours de suite.`,
        },
        {
          kind: 'texte',
          title: 'Réussir un entretien par téléphone ou en visioconférence',
          durationMinutes: 15,
          body: `## Des entretiens de plus en plus fréquents

Les premiers échanges se font souvent à distance : un appel de présélection de quelques minutes, un entretien en visioconférence avec le recruteur, parfois un entretien vidéo différé où vous enregistrez vos réponses à des questions affichées à l’écran. Ils se préparent **autant qu’un entretien en face à face**, avec quelques spécificités.

## L’entretien téléphonique

Le recruteur ne vous voit pas : **votre voix porte tout le message**.

- **Choisissez votre lieu** : calme, avec un bon réseau, sans bruit de fond. Si un recruteur appelle à l’improviste et que vous n’êtes pas disponible, proposez poliment de le rappeler à une heure précise.
- **Gardez vos documents sous les yeux** : CV, offre, fiche de préparation, questions à poser. C’est l’avantage du téléphone, profitez-en, mais ne lisez pas.
- **Souriez en parlant** : cela s’entend dans la voix.
- **Levez-vous** ou asseyez-vous bien droit : votre voix sera plus posée et plus dynamique.
- **Notez** le nom de votre interlocuteur et les informations importantes.
- **Messagerie** : vérifiez que votre annonce d’accueil est sobre, avec votre nom.

## L’entretien en visioconférence

### La technique, la veille

- Installez l’application demandée et **testez** caméra, micro et connexion. Faites un essai avec un proche.
- Préférez un ordinateur posé sur une table à un téléphone tenu à la main. Si vous utilisez un téléphone, fixez-le à l’horizontale.
- Utilisez un nom d’affichage correct : votre prénom et votre nom.
- Prévoyez un plan B : le numéro de téléphone du recruteur, au cas où la connexion tomberait.

### Le cadre

- **La caméra à hauteur des yeux**, le visage bien cadré, avec de l’espace au-dessus de la tête.
- **La lumière en face de vous**, jamais dans votre dos.
- **Un fond neutre** et rangé, ou un flou d’arrière-plan.
- **Le calme** : prévenez votre entourage, fermez les autres applications et désactivez les notifications.

### Pendant l’entretien

- **Regardez la caméra** quand vous parlez, et non votre propre image : c’est ainsi que le recruteur aura l’impression que vous le regardez.
- Habillez-vous comme pour un entretien en face à face, de la tête aux pieds : vous pourriez avoir à vous lever.
- **Laissez un court temps** avant de répondre : le léger décalage du son peut provoquer des chevauchements.
- Si la connexion coupe, gardez votre calme, reconnectez-vous ou appelez le recruteur.

## L’entretien vidéo différé

Vous enregistrez vos réponses seul, dans un temps limité. Profitez des questions d’essai lorsqu’elles sont proposées, appliquez la méthode STAR et regardez la caméra comme s’il s’agissait d’une personne. Ne cherchez pas la perfection : le naturel compte plus qu’une phrase parfaite.

## Exercice

Organisez une fausse visioconférence de dix minutes avec un proche. Demandez-lui de vous dire si votre image, votre son et votre regard étaient corrects, puis corrigez ce qui doit l’être. Vous pouvez aussi vous entraîner avec le simulateur d’entretien du catalogue.`,
        },
        {
          kind: 'texte',
          title: 'Après l’entretien : remercier, relancer et progresser',
          durationMinutes: 15,
          body: `## L’entretien ne s’arrête pas à la porte

Ce que vous faites dans les jours qui suivent peut encore faire pencher la balance, surtout si plusieurs candidats sont au coude à coude. Trois étapes : **faire le bilan**, **remercier**, **relancer**.

## Faire le bilan à chaud

Dans l’heure qui suit, notez :

- les noms et fonctions de vos interlocuteurs ;
- les questions posées, celles où vous étiez à l’aise et celles qui vous ont mis en difficulté ;
- ce que vous avez appris sur le poste et l’entreprise ;
- les prochaines étapes annoncées et le délai de réponse.

Ce bilan sert à préparer un éventuel second entretien et à **progresser d’un entretien à l’autre**.

## Envoyer un message de remerciement

Le jour même ou le lendemain, un court e-mail fait toujours bonne impression, et peu de candidats prennent le temps de l’envoyer.

> Objet : Entretien du 12 mars – Poste d’assistante administrative
>
> Madame Durand,
>
> Je vous remercie pour l’entretien que vous m’avez accordé ce matin. La présentation de votre nouvelle agence et des projets de l’équipe a renforcé mon envie de vous rejoindre : mon expérience de la facturation et de l’accueil me permettrait d’être rapidement opérationnelle.
>
> Je reste à votre disposition pour tout complément d’information.
>
> Bien cordialement,
>
> Camille Roux – 06 00 00 00 00

Court, personnalisé, avec **un élément précis de l’échange** : c’est ce qui le distingue d’un message type.

## Relancer au bon moment

Si le délai annoncé est dépassé de quelques jours sans nouvelles, relancez **une fois**, par e-mail ou par téléphone : rappelez le poste et la date de l’entretien, réaffirmez votre intérêt et demandez où en est le recrutement. Si aucun délai n’a été annoncé, attendez environ une semaine.

## En cas de réponse positive

Prenez le temps de vérifier les conditions proposées : poste, salaire, horaires, date de début, type de contrat. Vous pouvez demander une confirmation écrite. Si vous attendez une autre réponse, dites-le honnêtement et demandez un délai raisonnable pour répondre.

## En cas de réponse négative

C’est décevant, mais ce n’est pas un échec personnel : le recruteur a parfois fait un choix très serré. Répondez quand même avec courtoisie :

- remerciez pour la réponse ;
- demandez, si vous le souhaitez, **un retour sur votre candidature** : tous les recruteurs n’y répondent pas, mais leurs conseils sont précieux ;
- dites que vous restez intéressé par de futures opportunités.

Une candidature bien gérée jusqu’au bout laisse une bonne image : il arrive qu’un recruteur rappelle un candidat quelques mois plus tard, pour un autre poste ou parce que la personne retenue n’est pas restée.

## Progresser d’un entretien à l’autre

Relisez vos bilans : quelles questions reviennent ? Lesquelles vous déstabilisent encore ? Travaillez-les avec votre conseiller ou avec le simulateur d’entretien, et enrichissez votre réserve d’histoires STAR. Chaque entretien, même sans suite, vous rapproche du bon.

## Exercice

Rédigez dès maintenant un modèle de message de remerciement et un modèle de relance que vous n’aurez plus qu’à personnaliser.`,
        },
        {
          kind: 'quiz',
          title: 'Quiz final',
          body: 'Ce dernier quiz porte sur le jour de l’entretien, les entretiens à distance et le suivi après l’entretien. Vous disposez de trois tentatives : relisez les leçons de la semaine avant de commencer.',
          passMark: 75,
          maxAttempts: 3,
          questions: [
            {
              kind: 'multiple',
              prompt: 'Quelles attitudes non verbales aident à faire bonne impression en entretien ?',
              explanation: 'Un regard franc, une posture ouverte et une voix posée renforcent votre message. Les gestes parasites et un regard fuyant, au contraire, trahissent le stress.',
              choices: [
                { label: 'Regarder votre interlocuteur quand vous parlez et quand il parle.', correct: true, feedback: 'Oui : le regard montre votre attention et votre assurance.' },
                { label: 'Croiser les bras pour rester concentré.', correct: false, feedback: 'Les bras croisés donnent une impression de fermeture, même si ce n’est pas votre intention.' },
                { label: 'Parler un peu plus lentement que d’habitude et marquer des pauses.', correct: true, feedback: 'Oui : un débit posé rend vos réponses plus claires et plus convaincantes.' },
                { label: 'Garder son téléphone sur la table pour surveiller l’heure.', correct: false, feedback: 'Non : le téléphone doit être éteint et rangé, il détourne l’attention.' },
              ],
            },
            {
              kind: 'unique',
              prompt: 'Le recruteur demande : « Avez-vous des questions ? » Que faites-vous ?',
              explanation: 'Poser deux ou trois questions préparées montre votre intérêt et vous apporte des informations utiles, notamment sur les prochaines étapes du recrutement.',
              choices: [
                { label: '« Non, vous avez été très complet. »', correct: false, feedback: 'C’est une occasion manquée de montrer votre intérêt pour le poste.' },
                { label: '« Combien de jours de congés aurai-je la première année ? »', correct: false, feedback: 'La question est légitime, mais la poser en premier donne l’impression que c’est votre priorité.' },
                { label: '« Quels sont les principaux défis du poste, et quelles sont les prochaines étapes du recrutement ? »', correct: true, feedback: 'Oui : vous montrez que vous vous projetez dans le poste et vous savez quand relancer.' },
              ],
            },
            {
              kind: 'multiple',
              prompt: 'Comment préparer un entretien en visioconférence ?',
              explanation: 'La technique se teste la veille, le cadre se prépare (lumière, fond, calme) et, pendant l’échange, on regarde la caméra pour donner l’impression de regarder le recruteur.',
              choices: [
                { label: 'Tester la caméra, le micro et la connexion la veille.', correct: true, feedback: 'Oui : vous évitez les mauvaises surprises au moment de vous connecter.' },
                { label: 'Placer une fenêtre lumineuse derrière vous.', correct: false, feedback: 'Non : à contre-jour, votre visage apparaît sombre. La lumière doit venir de face.' },
                { label: 'Regarder la caméra plutôt que votre propre image quand vous parlez.', correct: true, feedback: 'Oui : c’est ainsi que le recruteur a l’impression que vous le regardez.' },
                { label: 'Prévoir le numéro du recruteur en cas de coupure.', correct: true, feedback: 'Oui : vous pourrez le prévenir rapidement si la connexion tombe.' },
              ],
            },
            {
              kind: 'unique',
              prompt: 'Quand envoyer un message de remerciement après un entretien ?',
              explanation: 'Un e-mail court et personnalisé, envoyé le jour même ou le lendemain, rappelle votre candidature au bon moment et vous distingue des autres candidats.',
              choices: [
                { label: 'Le jour même ou le lendemain, avec un élément précis de l’échange.', correct: true, feedback: 'Oui : le recruteur a encore l’entretien en tête, votre message renforce la bonne impression.' },
                { label: 'Seulement si vous obtenez le poste.', correct: false, feedback: 'Trop tard : le message de remerciement peut justement aider à faire pencher la décision.' },
                { label: 'Jamais : cela fait insistant.', correct: false, feedback: 'Un remerciement court et sincère est toujours bien perçu ; c’est la multiplication des relances qui agace.' },
              ],
            },
            {
              kind: 'unique',
              prompt: 'Vous recevez une réponse négative après l’entretien. Quelle est la meilleure réaction ?',
              explanation: 'Répondre avec courtoisie, demander un retour et rester ouvert à de futures opportunités laisse une bonne image et vous aide à progresser.',
              choices: [
                { label: 'Ne pas répondre : de toute façon, c’est fini.', correct: false, feedback: 'Vous perdez une occasion de laisser une bonne image et d’obtenir des conseils.' },
                { label: 'Remercier, demander un retour sur votre candidature et dire que vous restez intéressé.', correct: true, feedback: 'Oui : vous progressez grâce au retour et restez en bonne place pour une prochaine opportunité.' },
                { label: 'Écrire au recruteur pour contester sa décision.', correct: false, feedback: 'Contester un choix de recrutement ne le fera pas changer et ferme la porte à d’autres opportunités.' },
              ],
            },
          ],
        },
      ],
    },
  ],
};
