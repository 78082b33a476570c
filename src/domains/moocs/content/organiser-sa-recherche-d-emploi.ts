import type { CourseContent } from './content.types.js';

/** MOOC « Organiser sa recherche d’emploi »: target, offers and hidden market, network, tracking and motivation. */
export const course: CourseContent = {
  serviceSlug: 'organiser-sa-recherche-d-emploi',
  objectives: [
    'Définir une cible de recherche précise : métiers, entreprises et zone géographique.',
    'Organiser votre semaine de recherche et choisir des outils simples pour ne plus laisser passer d’opportunités.',
    'Utiliser efficacement les sites d’offres et les alertes, et accéder au marché caché par des candidatures spontanées ciblées.',
    'Développer et entretenir votre réseau, en ligne comme dans la vie, et être visible des recruteurs.',
    'Tenir un tableau de bord de vos démarches et de vos relances, et garder la motivation dans la durée.',
  ],
  audienceText:
    'Les demandeurs d’emploi, les jeunes diplômés et les salariés qui souhaitent changer d’entreprise : toute personne qui sait quel métier elle vise et veut chercher de façon plus méthodique et plus efficace.',
  prerequisites:
    'Avoir une idée du ou des métiers recherchés (si ce n’est pas encore le cas, commencez par le MOOC « Construire son projet professionnel »). Une connexion à Internet et une adresse électronique suffisent ; un CV à jour est un plus.',
  effortText: '2 à 3 heures par semaine pendant 4 semaines',
  instructors: [
    {
      name: 'Nadia Belkacem',
      title: 'Conseillère à l’emploi, agence de Lyon',
      bio: 'Nadia accompagne depuis dix ans des demandeurs d’emploi de tous âges et de tous niveaux de qualification. Elle anime le forum de ce MOOC et des ateliers collectifs consacrés à l’organisation de la recherche et au suivi des candidatures.',
      kind: 'interne',
    },
    {
      name: 'Thomas Guérin',
      title: 'Chargé de relations entreprises, agence de Nantes',
      bio: 'Thomas rencontre chaque semaine des dirigeants de petites et moyennes entreprises pour comprendre leurs besoins de recrutement. Il partage dans ce MOOC ce que les employeurs attendent d’une candidature spontanée et d’une prise de contact réussie.',
      kind: 'interne',
    },
    {
      name: 'Élodie Caradec',
      title: 'Consultante en ressources humaines et coach en transition professionnelle',
      bio: 'Ancienne responsable du recrutement dans le secteur de la distribution, Élodie accompagne aujourd’hui des personnes en recherche d’emploi ou en transition. Elle intervient sur le réseau, la visibilité en ligne et la gestion de la motivation.',
      kind: 'externe',
    },
  ],
  weeks: [
    // -------------------------------------------------------------------------------------------
    {
      title: 'Semaine 1 — Définir sa cible et s’organiser',
      summary:
        'Chercher un emploi est un travail à part entière. Cette semaine, vous précisez votre cible (métiers, entreprises, zone géographique), puis vous organisez votre semaine de recherche et vos outils.',
      lessons: [
        {
          kind: 'texte',
          title: 'Définir sa cible : métiers, entreprises, zone géographique',
          durationMinutes: 20,
          body: `## Pourquoi cibler ?

Envoyer le même CV à des dizaines d’annonces très différentes donne rarement de bons résultats : le recruteur voit vite qu’une candidature n’est pas pensée pour son poste. **Cibler**, ce n’est pas réduire ses chances, c’est **concentrer son énergie** là où elle a le plus d’effet. Une cible claire tient en trois éléments : les **métiers**, les **entreprises** et la **zone géographique**.

## 1. Les métiers visés

Listez **un métier principal** et **un ou deux métiers proches**. Pour chacun, notez :

- les **intitulés** utilisés par les employeurs (un même métier peut s’appeler « préparateur de commandes », « agent logistique » ou « opérateur d’entrepôt ») ;
- le **code ROME** correspondant, utile pour vos recherches et votre profil de demandeur d’emploi ;
- les **mots-clés** qui reviennent dans les annonces (logiciels, certifications, compétences).

Ces mots-clés serviront à paramétrer vos alertes (semaine 2) et à adapter votre CV.

## 2. La zone géographique

Définissez votre **zone de recherche** de façon réaliste :

- quel **temps de trajet** acceptez-vous, aller simple ?
- avec quels **moyens de transport**, et à quels horaires sont-ils disponibles ?
- êtes-vous prêt à **déménager**, et à quelles conditions ?

Tracez sur une carte votre rayon de déplacement : vous y verrez les zones d’activité, les communes et les entreprises accessibles. Pensez aussi au **télétravail**, possible pour certains postes.

## 3. Les entreprises cibles

Dressez une liste de **20 à 30 entreprises** de votre zone qui emploient des personnes dans votre métier. Pour les trouver :

- parcourez les **zones d’activité** et les annuaires d’entreprises locaux ;
- regardez **qui publie des offres** dans votre métier, même anciennes ;
- pensez aux **sous-traitants**, aux **clients** et aux **fournisseurs** des entreprises que vous connaissez ;
- n’oubliez pas les **employeurs publics** (collectivités, hôpitaux), les **associations** et les **agences d’intérim** spécialisées.

Classez-les en trois groupes : priorité 1 (vous aimeriez vraiment y travailler), priorité 2, priorité 3.

## Un exemple

Karim, 28 ans, cariste, vise les postes de **conducteur de chariot élévateur** et, en second choix, de **préparateur de commandes**. Il accepte 40 minutes de trajet en voiture, y compris en horaires d’équipe. Sa liste compte 25 entreprises : plateformes logistiques, transporteurs, industriels de la zone et trois agences d’intérim spécialisées.

## Exercice

Rédigez votre « fiche cible » sur une page : métiers et intitulés, mots-clés, zone géographique, liste d’entreprises classées par priorité. C’est le socle de tout le MOOC.`,
        },
        {
          kind: 'texte',
          title: 'Organiser sa semaine de recherche et ses outils',
          durationMinutes: 20,
          body: `## Traiter sa recherche comme un emploi

Sans organisation, la recherche d’emploi s’étale, s’interrompt, puis reprend dans l’urgence. À l’inverse, des **créneaux réguliers** et des **objectifs hebdomadaires** donnent un rythme, limitent l’angoisse et rendent les progrès visibles. L’idée n’est pas de chercher huit heures par jour, mais de chercher **régulièrement et efficacement**.

## Construire sa semaine type

Réservez des plages fixes dans votre agenda, comme des rendez-vous. Par exemple :

- **Lundi matin** : consultation des offres et des alertes, tri des annonces intéressantes.
- **Mardi matin** : candidatures aux offres (CV et lettre adaptés).
- **Mercredi matin** : candidatures spontanées et appels aux entreprises cibles.
- **Jeudi matin** : réseau (messages, rendez-vous, enquêtes) et événements.
- **Vendredi matin** : relances, mise à jour du tableau de suivi, bilan de la semaine.

Gardez les après-midi pour les entretiens, les ateliers, la formation, mais aussi pour **souffler** : le sport, les loisirs et la vie sociale font partie d’une recherche qui dure.

## Se fixer des objectifs hebdomadaires

Des objectifs chiffrés et réalistes aident à avancer : par exemple **cinq candidatures ciblées**, **trois candidatures spontanées**, **deux prises de contact réseau** et **toutes les relances à jour**. Ajustez-les à votre situation : mieux vaut un objectif modeste tenu qu’un objectif ambitieux abandonné.

## Choisir ses outils

Quelques outils simples suffisent :

- **un agenda** (papier ou numérique) pour vos créneaux, rendez-vous et relances ;
- **un tableau de suivi** des candidatures (nous le détaillerons en semaine 4) ;
- **une adresse électronique professionnelle**, de type prenom.nom, consultée chaque jour ;
- **un dossier** (sur ordinateur ou en ligne) avec votre CV en version modifiable et en PDF, vos lettres, vos attestations et diplômes ;
- **votre espace personnel** de demandeur d’emploi, où figurent votre profil, vos offres sauvegardées et vos échanges avec votre conseiller ;
- **un téléphone** avec une messagerie vocale sobre et à jour.

## Préparer son espace de travail

Choisissez un endroit calme, même petit, où vous pouvez passer un appel sans être dérangé. Si ce n’est pas possible chez vous, pensez aux **médiathèques**, aux **espaces publics numériques**, aux espaces de travail partagés ou aux postes en libre accès dans les agences du service public de l’emploi.

## Exercice

Remplissez votre semaine type dans votre agenda pour les quatre semaines du MOOC, fixez-vous trois objectifs pour la semaine prochaine et créez votre dossier de candidature. Partagez votre organisation sur le forum : les idées des autres participants sont souvent bonnes à prendre.`,
        },
        {
          kind: 'quiz',
          title: 'Quiz de la semaine 1 — Définir sa cible et s’organiser',
          body: 'Vérifiez que vous avez retenu les bases : définir sa cible et organiser sa semaine. Il faut 75 % de bonnes réponses pour valider ; vous pouvez recommencer autant de fois que vous le souhaitez.',
          passMark: 75,
          maxAttempts: null,
          questions: [
            {
              kind: 'multiple',
              prompt: 'Quels éléments composent une cible de recherche ?',
              explanation:
                'Une cible de recherche combine les métiers visés (avec leurs intitulés et mots-clés), la zone géographique et une liste d’entreprises. Le salaire compte, mais c’est un critère de choix, pas un élément de la cible.',
              choices: [
                {
                  label: 'Les métiers visés et leurs différents intitulés',
                  correct: true,
                  feedback: 'Oui : connaître les intitulés utilisés par les employeurs évite de passer à côté d’offres.',
                },
                {
                  label: 'La zone géographique accessible',
                  correct: true,
                  feedback: 'Oui : elle dépend de votre temps de trajet, de vos moyens de transport et de votre mobilité.',
                },
                {
                  label: 'Une liste d’entreprises classées par priorité',
                  correct: true,
                  feedback: 'Oui : elle sert aux candidatures spontanées et au travail de réseau.',
                },
                {
                  label: 'Le nombre de CV envoyés le mois dernier',
                  correct: false,
                  feedback: 'Non : c’est un indicateur d’activité, pas un élément qui définit où et quoi chercher.',
                },
              ],
            },
            {
              kind: 'unique',
              prompt: 'Pourquoi noter les différents intitulés d’un même métier ?',
              explanation:
                'Les employeurs n’utilisent pas tous le même intitulé pour un même métier. Les connaître permet de paramétrer des recherches et des alertes complètes, et d’adapter son CV au vocabulaire des annonces.',
              choices: [
                {
                  label: 'Pour ne pas rater les offres publiées sous un autre nom',
                  correct: true,
                  feedback: 'Oui : « agent logistique » et « préparateur de commandes » peuvent désigner un poste très proche.',
                },
                {
                  label: 'Pour choisir l’intitulé le plus prestigieux sur son CV',
                  correct: false,
                  feedback: 'Non : le but est d’être trouvé et compris, pas d’embellir son titre.',
                },
                {
                  label: 'Parce que c’est obligatoire pour s’inscrire comme demandeur d’emploi',
                  correct: false,
                  feedback: 'Non : c’est une bonne pratique de recherche, pas une obligation administrative.',
                },
              ],
            },
            {
              kind: 'unique',
              prompt: 'Quelle organisation est la plus efficace sur la durée ?',
              explanation:
                'Des créneaux réguliers et des objectifs hebdomadaires réalistes donnent un rythme soutenable. Chercher sans pause ou seulement dans l’urgence épuise et fait perdre des opportunités.',
              choices: [
                {
                  label: 'Chercher huit heures par jour, sept jours sur sept',
                  correct: false,
                  feedback: 'Ce rythme n’est pas tenable et mène vite à l’épuisement.',
                },
                {
                  label: 'Des créneaux fixes dans la semaine et des objectifs réalistes',
                  correct: true,
                  feedback: 'Oui : la régularité compte plus que le volume d’heures.',
                },
                {
                  label: 'Chercher seulement quand une offre intéressante arrive',
                  correct: false,
                  feedback: 'Non : vous passeriez à côté du marché caché, des relances et du réseau.',
                },
              ],
            },
            {
              kind: 'multiple',
              prompt: 'Quels outils sont recommandés pour organiser sa recherche ?',
              explanation:
                'Un agenda, un tableau de suivi, une adresse électronique professionnelle et un dossier de candidature bien rangé suffisent. Pas besoin d’outils payants ou compliqués.',
              choices: [
                {
                  label: 'Un agenda avec des créneaux réservés',
                  correct: true,
                  feedback: 'Oui : il transforme vos intentions en rendez-vous avec vous-même.',
                },
                {
                  label: 'Une adresse électronique de type prenom.nom',
                  correct: true,
                  feedback: 'Oui : elle fait sérieux et vous permet de séparer vos échanges professionnels.',
                },
                {
                  label: 'Un logiciel payant de gestion de candidatures',
                  correct: false,
                  feedback: 'Non : un simple tableau, sur papier ou tableur, fait très bien l’affaire.',
                },
                {
                  label: 'Un tableau de suivi des candidatures',
                  correct: true,
                  feedback: 'Oui : c’est l’outil central pour savoir où vous en êtes et qui relancer.',
                },
              ],
            },
          ],
        },
      ],
    },
    // -------------------------------------------------------------------------------------------
    {
      title: 'Semaine 2 — Trouver les offres et le marché caché',
      summary:
        'Les offres publiées ne représentent qu’une partie des recrutements. Cette semaine, vous apprenez à exploiter les sites d’offres et les alertes, puis à accéder au marché caché grâce aux candidatures spontanées.',
      lessons: [
        {
          kind: 'texte',
          title: 'Tirer le meilleur des sites d’offres et des alertes',
          durationMinutes: 15,
          body: `## Où trouver les offres publiées ?

Les offres d’emploi sont diffusées sur de nombreux canaux. Inutile de tous les surveiller : choisissez-en **trois ou quatre** adaptés à votre métier.

- **Le site du service public de l’emploi** : il rassemble un grand nombre d’offres, dont celles déposées directement par les employeurs auprès de votre agence, et en reprend d’autres publiées par des sites partenaires.
- **Les sites d’offres généralistes** : très fournis, avec souvent des doublons d’une plateforme à l’autre.
- **Les sites spécialisés** par secteur (hôtellerie-restauration, santé, informatique, BTP…) ou par public (cadres, jeunes diplômés, alternance).
- **Les pages « carrières » des entreprises** de votre liste cible : certaines n’affichent leurs offres que là.
- **Les agences d’intérim**, qui recrutent aussi en CDD et en CDI.
- **Les sites des employeurs publics** pour les postes de contractuels et les concours.

## Bien paramétrer sa recherche

- Utilisez **plusieurs intitulés** de votre métier et les **mots-clés** de votre fiche cible.
- Réglez le **rayon géographique** sur votre zone réelle de mobilité.
- Filtrez par **type de contrat** ou **temps de travail** seulement si c’est une contrainte ferme : sinon vous vous privez d’offres.
- Triez par **date de publication** : répondre dans les premiers jours augmente vos chances.

## Créer des alertes

Une alerte vous envoie automatiquement les nouvelles offres correspondant à vos critères. Créez-en **une par intitulé** principal sur chaque site retenu, et consultez-les à heure fixe (votre créneau du lundi, par exemple). Trop d’alertes noient l’information : si vous recevez beaucoup d’offres hors sujet, affinez vos mots-clés.

## Lire une offre efficacement

Avant de candidater, repérez :

1. les **exigences indispensables** (diplôme, permis, habilitation) ;
2. les **compétences souhaitées**, souvent classées par ordre d’importance ;
3. les **informations pratiques** : lieu, horaires, contrat, salaire, date de prise de poste ;
4. la **manière de postuler** et l’éventuelle référence à rappeler.

Si vous remplissez l’essentiel des critères, postulez : les profils parfaits sont rares et les recruteurs le savent.

## Se méfier des offres douteuses

Soyez prudent face à une offre qui demande de **payer** pour un emploi ou une formation, de communiquer des **coordonnées bancaires** avant tout entretien, ou qui promet des gains très élevés pour peu de travail. En cas de doute, signalez l’offre au site et parlez-en à votre conseiller.

## Exercice

Choisissez vos trois ou quatre sites, créez vos alertes et analysez cinq offres selon la grille ci-dessus. Notez les compétences qui reviennent : elles doivent apparaître dans votre CV.`,
        },
        {
          kind: 'texte',
          title: 'Le marché caché et les candidatures spontanées',
          durationMinutes: 20,
          body: `## Qu’appelle-t-on le marché caché ?

Une part importante des recrutements se fait **sans offre publiée** : l’employeur recrute par recommandation, parmi les candidatures reçues spontanément, parmi d’anciens stagiaires ou intérimaires, ou parce qu’un besoin apparaît avant d’avoir été formalisé. C’est particulièrement vrai dans les **petites entreprises**, qui n’ont ni service des ressources humaines ni budget pour publier des annonces. Se limiter aux offres publiées, c’est se priver de ces occasions.

## Les portes d’entrée du marché caché

- **La candidature spontanée** auprès des entreprises de votre liste cible.
- **Le réseau** : vos contacts peuvent vous signaler un besoin avant qu’il soit publié (nous y reviendrons en semaine 3).
- **L’intérim et les CDD**, qui débouchent souvent sur une embauche durable.
- **Les événements** : forums, salons, portes ouvertes, job datings.
- **L’immersion professionnelle**, qui permet à un employeur de vous voir à l’œuvre.

## Réussir une candidature spontanée

Une candidature spontanée efficace n’est **jamais envoyée au hasard**. La méthode :

1. **Renseignez-vous sur l’entreprise** : activité, clients, actualité (ouverture d’un site, nouveau marché, croissance).
2. **Identifiez le bon interlocuteur** : dans une petite structure, c’est souvent le dirigeant ou le responsable d’équipe ; dans une plus grande, le service recrutement. Un appel à l’accueil permet souvent d’obtenir un nom.
3. **Adaptez votre message** : montrez ce que vous pouvez apporter à *cette* entreprise, en lien avec son activité. Restez court : quelques lignes et un CV ciblé.
4. **Privilégiez le contact direct** quand c’est possible : un appel ou un passage en personne (par exemple dans le commerce, la restauration ou l’artisanat) marque davantage qu’un courriel.
5. **Notez la démarche dans votre tableau de suivi** et prévoyez une relance.

## Un exemple de prise de contact

« Bonjour, je suis Karim Haddad, cariste avec quatre ans d’expérience en plateforme logistique et titulaire des autorisations de conduite nécessaires. J’ai appris que vous ouvriez un nouvel entrepôt cet automne : je souhaiterais vous proposer ma candidature pour vos futurs besoins en conduite d’engins. Puis-je vous envoyer mon CV et vous rappeler la semaine prochaine ? »

## Les bonnes habitudes

- Visez la **qualité** : cinq candidatures spontanées bien préparées valent mieux que cinquante envois identiques.
- **Relancez** une à deux semaines plus tard : beaucoup d’embauches se jouent à ce moment-là.
- Une réponse « pas de poste pour l’instant » n’est pas un refus définitif : demandez si vous pouvez **reprendre contact dans quelques mois**.

## Exercice

Choisissez cinq entreprises de priorité 1, recherchez pour chacune une information récente et un interlocuteur, puis envoyez ou déposez au moins trois candidatures spontanées cette semaine.`,
        },
        {
          kind: 'quiz',
          title: 'Quiz de la semaine 2 — Offres et marché caché',
          body: 'Testez vos réflexes sur les sites d’offres, les alertes et les candidatures spontanées. 75 % de bonnes réponses sont nécessaires ; les tentatives sont illimitées.',
          passMark: 75,
          maxAttempts: null,
          questions: [
            {
              kind: 'unique',
              prompt: 'Qu’appelle-t-on le « marché caché » de l’emploi ?',
              explanation:
                'Le marché caché regroupe les recrutements qui se font sans offre publiée : recommandations, candidatures spontanées, anciens stagiaires ou intérimaires, besoins non encore formalisés.',
              choices: [
                {
                  label: 'Les emplois non déclarés',
                  correct: false,
                  feedback: 'Non : le marché caché concerne des emplois tout à fait légaux, simplement pourvus sans annonce.',
                },
                {
                  label: 'Les recrutements réalisés sans publication d’offre',
                  correct: true,
                  feedback: 'Oui : on y accède par le réseau, les candidatures spontanées et les événements.',
                },
                {
                  label: 'Les offres réservées aux abonnés de sites payants',
                  correct: false,
                  feedback: 'Non : il n’est pas nécessaire de payer pour accéder aux offres d’emploi.',
                },
              ],
            },
            {
              kind: 'multiple',
              prompt: 'Quelles pratiques rendent une candidature spontanée plus efficace ?',
              explanation:
                'Une candidature spontanée réussie est ciblée : elle s’appuie sur une information sur l’entreprise, s’adresse à un interlocuteur identifié, reste courte et fait l’objet d’une relance.',
              choices: [
                {
                  label: 'Se renseigner sur l’actualité de l’entreprise',
                  correct: true,
                  feedback: 'Oui : cela permet de montrer en quoi vous pouvez répondre à ses besoins.',
                },
                {
                  label: 'Identifier le nom de la personne qui recrute',
                  correct: true,
                  feedback: 'Oui : un message adressé à une personne précise a bien plus de chances d’être lu.',
                },
                {
                  label: 'Envoyer le même message à cent entreprises le même jour',
                  correct: false,
                  feedback: 'Non : un envoi de masse non personnalisé est rarement lu avec attention.',
                },
                {
                  label: 'Relancer une à deux semaines plus tard',
                  correct: true,
                  feedback: 'Oui : la relance montre votre motivation et tombe parfois au bon moment.',
                },
              ],
            },
            {
              kind: 'unique',
              prompt: 'Vous recevez chaque jour des dizaines d’offres hors sujet par vos alertes. Que faire ?',
              explanation:
                'Des alertes bien réglées font gagner du temps. Si elles envoient trop d’offres inutiles, il faut affiner les mots-clés ou le rayon, pas les abandonner.',
              choices: [
                {
                  label: 'Supprimer toutes vos alertes',
                  correct: false,
                  feedback: 'Vous perdriez un outil précieux pour être informé rapidement des nouvelles offres.',
                },
                {
                  label: 'Affiner vos mots-clés et vos critères',
                  correct: true,
                  feedback: 'Oui : quelques ajustements suffisent souvent à retrouver des alertes pertinentes.',
                },
                {
                  label: 'Postuler à toutes pour augmenter vos chances',
                  correct: false,
                  feedback: 'Non : des candidatures hors cible prennent du temps et donnent peu de résultats.',
                },
              ],
            },
            {
              kind: 'multiple',
              prompt: 'Quels signes doivent vous alerter sur une offre douteuse ?',
              explanation:
                'Un employeur sérieux ne demande jamais d’argent pour un emploi ni de coordonnées bancaires avant un entretien. Des promesses de gains élevés pour peu d’effort sont aussi un signal d’alerte.',
              choices: [
                {
                  label: 'On vous demande de payer pour obtenir le poste',
                  correct: true,
                  feedback: 'Oui : c’est un signe d’arnaque, signalez l’offre.',
                },
                {
                  label: 'On vous demande vos coordonnées bancaires avant tout entretien',
                  correct: true,
                  feedback: 'Oui : ces informations ne sont demandées qu’à l’embauche, pour le versement du salaire.',
                },
                {
                  label: 'L’offre précise le salaire et les horaires',
                  correct: false,
                  feedback: 'Au contraire, c’est plutôt un signe de transparence.',
                },
                {
                  label: 'L’offre promet des revenus très élevés pour quelques heures par semaine',
                  correct: true,
                  feedback: 'Oui : une promesse trop belle pour être vraie doit vous rendre prudent.',
                },
              ],
            },
          ],
        },
      ],
    },
    // -------------------------------------------------------------------------------------------
    {
      title: 'Semaine 3 — Réseau et visibilité',
      summary:
        'Votre réseau est plus large que vous ne le pensez, et il est souvent la clé du marché caché. Cette semaine, vous cartographiez et activez vos contacts, puis vous soignez votre visibilité en ligne et dans les événements de l’emploi.',
      lessons: [
        {
          kind: 'texte',
          title: 'Cartographier et activer son réseau',
          durationMinutes: 20,
          body: `## Tout le monde a un réseau

« Je n’ai pas de réseau » : c’est la phrase que les conseillers entendent le plus souvent. Pourtant, chacun connaît des dizaines de personnes, qui elles-mêmes en connaissent des dizaines d’autres. Le réseau, ce n’est pas une liste de personnes influentes : ce sont **toutes les personnes susceptibles de vous donner une information, un conseil ou un contact**.

## Cartographier ses contacts

Sur une feuille, dessinez des cercles et placez-y les personnes que vous connaissez :

- **le réseau personnel** : famille, amis, voisins, parents d’élèves, membres de votre club ou de votre association ;
- **le réseau professionnel** : anciens collègues, responsables, clients, fournisseurs, camarades de formation, formateurs ;
- **le réseau d’accompagnement** : votre conseiller, les autres participants aux ateliers et à ce MOOC, les associations d’aide à l’emploi.

Visez **une cinquantaine de noms**. Puis repérez ceux qui travaillent dans votre secteur, dans une entreprise cible ou qui connaissent beaucoup de monde.

## Activer son réseau sans gêne

L’erreur classique est de demander directement « Tu n’aurais pas un travail pour moi ? ». Votre interlocuteur, qui n’en a probablement pas, se sent mal à l’aise. Demandez plutôt :

- **une information** : « Comment recrute-t-on dans ton entreprise ? » ;
- **un conseil** : « Que penses-tu de mon CV pour ce type de poste ? » ;
- **un contact** : « Connais-tu quelqu’un qui travaille dans la logistique et qui accepterait d’échanger vingt minutes avec moi ? ».

Présentez votre projet en **une ou deux phrases claires** : le métier visé, ce que vous apportez, la zone recherchée. Plus votre demande est précise, plus il est facile de vous aider.

## Un message type

« Bonjour Sophie, j’espère que tu vas bien. Je recherche un poste de cariste dans l’agglomération, après quatre ans en plateforme logistique. Comme tu travailles chez un transporteur, je me demandais si tu pourrais me dire comment ton entreprise recrute, ou me présenter quelqu’un du service exploitation. Merci d’avance, et bonne journée ! »

## Entretenir son réseau dans la durée

- **Remerciez** toujours, même si l’échange n’a rien donné de concret.
- **Donnez des nouvelles** quand vous avancez : un contact qui a aidé aime savoir ce qu’il en est.
- **Rendez la pareille** : partagez une offre, un contact, une information utile à d’autres.
- **Notez vos échanges** dans votre tableau de suivi, avec la date et la suite à donner.

## Exercice

Réalisez votre cartographie, choisissez **cinq personnes** à contacter en priorité et envoyez au moins deux messages cette semaine en demandant une information ou un contact, pas un emploi.`,
        },
        {
          kind: 'texte',
          title: 'Être visible : profils en ligne et événements',
          durationMinutes: 20,
          body: `## Les recruteurs cherchent aussi les candidats

Les employeurs ne se contentent pas de publier des offres : ils **recherchent activement des profils** dans les bases de CV et sur les réseaux professionnels. Être visible, c’est permettre aux recruteurs de vous trouver, même quand vous ne postulez pas.

## Soigner son profil de demandeur d’emploi

Votre profil dans votre espace personnel est consulté par votre conseiller et, si vous le rendez visible, par des employeurs. Vérifiez que :

- le **métier recherché** et ses intitulés sont à jour ;
- vos **compétences** sont détaillées, avec les mots-clés de votre cible ;
- votre **CV** est en ligne et récent ;
- votre **zone de mobilité** et vos **disponibilités** sont exactes.

## Créer un profil sur un réseau professionnel

Un profil sur un réseau professionnel en ligne est utile dans de nombreux métiers, et pas seulement pour les cadres. Les points essentiels :

- une **photo** sobre et récente, un **titre** clair (« Cariste confirmé — conduite de chariots, préparation de commandes ») plutôt que « En recherche d’emploi » ;
- un **résumé** de quelques lignes : ce que vous savez faire, ce que vous cherchez, où ;
- vos **expériences** décrites avec des réalisations concrètes ;
- des **contacts** : anciens collègues, camarades de formation, professionnels rencontrés.

Cohérence oblige : les dates et intitulés doivent correspondre à votre CV.

## Maîtriser son image en ligne

Tapez votre nom dans un moteur de recherche : que voit un recruteur ? Vérifiez les **paramètres de confidentialité** de vos réseaux personnels et évitez les publications que vous ne voudriez pas voir lues par un employeur. Ne publiez jamais de critique de vos anciens employeurs.

## Les événements de l’emploi

Rencontrer des recruteurs en personne reste l’un des moyens les plus efficaces de se démarquer :

- **forums et salons de l’emploi**, généralistes ou par secteur ;
- **job datings** et **sessions de recrutement** organisées avec votre agence ;
- **portes ouvertes** d’entreprises et de centres de formation ;
- **rencontres** organisées par les associations, les clubs d’entreprises ou votre commune.

**Avant** : repérez les entreprises présentes, choisissez-en cinq, préparez votre présentation en une minute et imprimez des CV. **Pendant** : allez vers les stands, posez des questions, demandez le nom de votre interlocuteur et la meilleure façon de postuler. **Après** : envoyez un message de remerciement sous 48 heures en rappelant votre échange, et notez tout dans votre tableau de suivi.

## Exercice

Mettez à jour votre profil de demandeur d’emploi, créez ou améliorez un profil professionnel en ligne, et repérez un événement de l’emploi auquel participer dans le mois qui vient.`,
        },
        {
          kind: 'quiz',
          title: 'Quiz de la semaine 3 — Réseau et visibilité',
          body: 'Vérifiez que vous savez activer votre réseau et soigner votre visibilité. Il faut 75 % de bonnes réponses ; vous pouvez recommencer autant de fois que vous le souhaitez.',
          passMark: 75,
          maxAttempts: null,
          questions: [
            {
              kind: 'unique',
              prompt: 'Quelle est la meilleure façon de solliciter un contact de votre réseau ?',
              explanation:
                'Demander une information, un conseil ou un contact met votre interlocuteur à l’aise et lui permet de vous aider, même s’il n’a pas de poste à proposer. La demande directe d’emploi le met souvent en difficulté.',
              choices: [
                {
                  label: '« Tu n’aurais pas un travail pour moi ? »',
                  correct: false,
                  feedback: 'Cette demande met la personne mal à l’aise si elle n’a pas de poste à offrir, ce qui est le cas le plus fréquent.',
                },
                {
                  label: '« Connais-tu quelqu’un dans la logistique qui accepterait d’échanger avec moi ? »',
                  correct: true,
                  feedback: 'Oui : une demande précise et facile à satisfaire, qui élargit votre réseau.',
                },
                {
                  label: 'Lui envoyer votre CV sans message',
                  correct: false,
                  feedback: 'Sans explication, votre contact ne sait pas ce que vous cherchez ni comment vous aider.',
                },
              ],
            },
            {
              kind: 'multiple',
              prompt: 'Qui fait partie de votre réseau ?',
              explanation:
                'Le réseau comprend toutes les personnes qui peuvent vous apporter une information, un conseil ou un contact : proches, anciens collègues, camarades de formation, conseillers et autres participants.',
              choices: [
                {
                  label: 'Vos anciens collègues',
                  correct: true,
                  feedback: 'Oui : ils connaissent votre travail et peuvent vous recommander.',
                },
                {
                  label: 'Vos voisins et les membres de votre association',
                  correct: true,
                  feedback: 'Oui : le réseau personnel ouvre souvent des portes inattendues.',
                },
                {
                  label: 'Uniquement les dirigeants d’entreprise que vous connaissez',
                  correct: false,
                  feedback: 'Non : le réseau ne se limite pas aux personnes influentes, chacun peut relayer une information.',
                },
                {
                  label: 'Les autres participants aux ateliers et à ce MOOC',
                  correct: true,
                  feedback: 'Oui : ils partagent offres, conseils et contacts.',
                },
              ],
            },
            {
              kind: 'unique',
              prompt: 'Quel titre de profil en ligne est le plus efficace ?',
              explanation:
                'Un titre clair qui indique le métier et les compétences clés permet aux recruteurs de vous trouver par leurs recherches. « En recherche d’emploi » ne dit rien de ce que vous savez faire.',
              choices: [
                {
                  label: '« En recherche d’emploi »',
                  correct: false,
                  feedback: 'Ce titre ne dit pas quel métier vous exercez : les recruteurs ne vous trouveront pas.',
                },
                {
                  label: '« Cariste confirmé — conduite de chariots, préparation de commandes »',
                  correct: true,
                  feedback: 'Oui : métier et compétences clés, avec les mots-clés que tapent les recruteurs.',
                },
                {
                  label: '« Motivé, dynamique, ouvert à tout »',
                  correct: false,
                  feedback: 'Trop vague : ces qualités ne se recherchent pas et ne disent rien de votre métier.',
                },
              ],
            },
            {
              kind: 'multiple',
              prompt: 'Comment tirer le meilleur parti d’un forum de l’emploi ?',
              explanation:
                'Un forum se prépare (entreprises repérées, présentation, CV), se vit activement (questions, noms des interlocuteurs) et se prolonge (remerciements rapides, suivi).',
              choices: [
                {
                  label: 'Repérer à l’avance les entreprises présentes',
                  correct: true,
                  feedback: 'Oui : vous pourrez cibler les stands prioritaires et adapter votre discours.',
                },
                {
                  label: 'Distribuer votre CV à tous les stands sans parler',
                  correct: false,
                  feedback: 'Non : l’intérêt d’un forum est justement l’échange direct avec les recruteurs.',
                },
                {
                  label: 'Noter le nom de vos interlocuteurs',
                  correct: true,
                  feedback: 'Oui : vous pourrez leur écrire ensuite en rappelant votre échange.',
                },
                {
                  label: 'Envoyer un message de remerciement dans les jours qui suivent',
                  correct: true,
                  feedback: 'Oui : cela ancre votre candidature dans la mémoire du recruteur.',
                },
              ],
            },
          ],
        },
      ],
    },
    // -------------------------------------------------------------------------------------------
    {
      title: 'Semaine 4 — Suivre ses candidatures et tenir dans la durée',
      summary:
        'Une recherche d’emploi se gagne aussi par la méthode et la persévérance. Cette semaine, vous construisez votre tableau de bord, apprenez à relancer au bon moment, puis vous mettez en place des habitudes pour garder la motivation et faire régulièrement le bilan.',
      lessons: [
        {
          kind: 'texte',
          title: 'Tenir un tableau de bord et relancer au bon moment',
          durationMinutes: 20,
          body: `## Pourquoi un tableau de bord ?

Au bout de quelques semaines, il devient impossible de se souvenir de toutes ses démarches : à qui ai-je écrit ? Quand ? Qui dois-je relancer ? Un tableau de suivi vous évite de **postuler deux fois au même endroit**, de **rater une relance** ou d’être pris au dépourvu quand un recruteur vous rappelle. Il vous permet aussi de **mesurer vos efforts** et de faire le point avec votre conseiller.

## Les colonnes indispensables

Un tableur ou un cahier suffit. Prévoyez une ligne par démarche et ces colonnes :

| Date | Entreprise | Poste | Canal | Contact | Statut | Prochaine action | Date de l’action |
|---|---|---|---|---|---|---|---|
| 3 mars | Logistique Ouest | Cariste | Offre en ligne | M. Roux | Envoyée | Relancer par téléphone | 13 mars |
| 5 mars | Transports Morel | Préparateur | Candidature spontanée | Mme Diallo | Entretien prévu | Préparer l’entretien | 12 mars |

Pour le **canal**, distinguez : offre publiée, candidature spontanée, réseau, événement, intérim. Pour le **statut** : à envoyer, envoyée, relancée, entretien, refus, sans réponse, embauche. Ajoutez si besoin une colonne « remarques » (ce qui s’est dit, la version du CV envoyée).

## Bien utiliser son tableau

- **Mettez-le à jour après chaque démarche**, pas en fin de mois.
- **Consultez la colonne « prochaine action »** lors de votre créneau du vendredi : c’est votre liste de tâches.
- **Conservez les annonces** auxquelles vous avez répondu : elles disparaissent souvent du site, et vous en aurez besoin pour préparer un entretien.

## L’art de la relance

Relancer n’est pas insister : c’est montrer votre **motivation** et votre **professionnalisme**. Quelques repères :

- **Après une candidature** sans réponse : relancez **une à deux semaines** plus tard.
- **Après un entretien** : envoyez un court message de remerciement le jour même ou le lendemain, puis relancez si la date de réponse annoncée est dépassée.
- **Après un refus** : vous pouvez demander poliment ce qui a manqué à votre candidature ; la réponse vous aidera pour la suite.

Le téléphone est souvent plus efficace que le courriel. Préparez votre phrase : « Bonjour, je vous ai adressé ma candidature au poste de cariste le 3 mars et je souhaitais savoir où en est votre recrutement. Je reste très intéressé par ce poste. »

## Lire ses indicateurs

Chaque mois, comptez vos démarches par canal et ce qu’elles ont donné. Si vos candidatures aux offres n’obtiennent jamais de réponse, revoyez votre CV ou votre ciblage ; si vos démarches réseau génèrent des entretiens, investissez-y davantage.

## Exercice

Créez votre tableau, saisissez toutes vos démarches des trois dernières semaines et programmez les relances en retard.`,
        },
        {
          kind: 'texte',
          title: 'Garder la motivation et faire le bilan',
          durationMinutes: 15,
          body: `## Une recherche d’emploi, c’est aussi une épreuve

Les réponses qui n’arrivent pas, les refus, l’incertitude financière, le regard des autres : la recherche d’emploi met le moral à rude épreuve. Ressentir de la lassitude ou du découragement est **normal**. L’enjeu n’est pas de ne jamais douter, mais de mettre en place des **habitudes qui protègent votre énergie**.

## Des habitudes qui aident

- **Garder un rythme** : se lever à heure fixe, s’habiller comme pour une journée de travail, respecter ses créneaux de recherche.
- **Se fixer des objectifs sur ce qui dépend de vous** : le nombre de démarches, de relances, de contacts, et non le nombre de réponses positives, que vous ne maîtrisez pas.
- **Célébrer les petites victoires** : un entretien obtenu, un contact utile, un CV amélioré.
- **Préserver du temps pour soi** : activité physique, loisirs, moments avec les proches.
- **Rester actif autrement** : le bénévolat, une formation courte ou une mission d’intérim entretiennent les compétences, le réseau et la confiance.

## Ne pas rester seul

L’isolement est l’un des principaux pièges. Parlez de votre recherche à vos proches, participez aux ateliers collectifs, échangez sur le forum de ce MOOC, rejoignez un groupe de demandeurs d’emploi ou une association d’entraide. **Votre conseiller** est là aussi pour faire le point : n’attendez pas d’être découragé pour le solliciter.

## Prendre un refus du bon côté

Un refus concerne **une candidature à un moment donné**, pas votre valeur. Il peut s’expliquer par un candidat interne, un budget revu, un profil légèrement plus proche. Demandez un retour quand c’est possible, retenez ce qui peut s’améliorer et passez à la suite.

## Faire le bilan régulièrement

Toutes les deux à quatre semaines, prenez une heure pour faire le point à partir de votre tableau de bord :

1. **Qu’ai-je fait ?** Nombre de démarches par canal.
2. **Qu’est-ce qui a marché ?** Les canaux qui ont donné des entretiens ou des contacts.
3. **Qu’est-ce qui bloque ?** Pas de réponse aux candidatures, entretiens sans suite, manque d’offres dans la zone.
4. **Que vais-je changer ?** Un ajustement concret : retravailler le CV, élargir la zone, ajouter un métier proche, se préparer aux entretiens, envisager une formation.

Si la recherche dure sans résultat, c’est peut-être le **ciblage** qu’il faut revoir : parlez-en avec votre conseiller.

## Exercice final

Faites le bilan de vos quatre semaines de MOOC avec les quatre questions ci-dessus, fixez-vous trois objectifs pour le mois à venir et listez trois activités qui vous font du bien à planifier chaque semaine. Puis partagez votre bilan avec votre conseiller lors de votre prochain rendez-vous.`,
        },
        {
          kind: 'quiz',
          title: 'Quiz final — Suivre ses candidatures et tenir dans la durée',
          body: 'Ce dernier quiz porte sur le suivi des candidatures, les relances et la motivation. Il faut 75 % de bonnes réponses pour valider ; les tentatives sont illimitées.',
          passMark: 75,
          maxAttempts: null,
          questions: [
            {
              kind: 'multiple',
              prompt: 'Quelles colonnes sont utiles dans un tableau de suivi des candidatures ?',
              explanation:
                'Un tableau de suivi efficace indique au minimum la date, l’entreprise, le poste, le canal, le contact, le statut et la prochaine action datée. C’est la colonne « prochaine action » qui en fait un outil de travail au quotidien.',
              choices: [
                {
                  label: 'Le canal utilisé (offre, candidature spontanée, réseau…)',
                  correct: true,
                  feedback: 'Oui : il permet de savoir quels canaux fonctionnent le mieux pour vous.',
                },
                {
                  label: 'La prochaine action et sa date',
                  correct: true,
                  feedback: 'Oui : c’est ce qui vous évite d’oublier une relance.',
                },
                {
                  label: 'Le nom du contact',
                  correct: true,
                  feedback: 'Oui : vous saurez à qui vous adresser pour relancer.',
                },
                {
                  label: 'Le chiffre d’affaires de l’entreprise',
                  correct: false,
                  feedback: 'Cette information peut servir à préparer un entretien, mais n’a pas sa place dans le suivi de vos démarches.',
                },
              ],
            },
            {
              kind: 'unique',
              prompt: 'Vous avez envoyé une candidature il y a dix jours, sans réponse. Que faites-vous ?',
              explanation:
                'Une relance une à deux semaines après l’envoi est tout à fait normale et souvent appréciée : elle montre votre motivation. Le téléphone est souvent plus efficace que le courriel.',
              choices: [
                {
                  label: 'Vous attendez : relancer serait mal vu',
                  correct: false,
                  feedback: 'Non : une relance polie est une pratique courante et montre votre intérêt.',
                },
                {
                  label: 'Vous relancez poliment, de préférence par téléphone',
                  correct: true,
                  feedback: 'Oui : c’est le bon moment, et un échange direct peut relancer votre candidature.',
                },
                {
                  label: 'Vous renvoyez la même candidature chaque jour jusqu’à obtenir une réponse',
                  correct: false,
                  feedback: 'Non : l’insistance excessive donne une mauvaise image.',
                },
              ],
            },
            {
              kind: 'multiple',
              prompt: 'Quelles habitudes aident à garder la motivation ?',
              explanation:
                'Un rythme régulier, des objectifs portant sur ce qui dépend de vous, du temps pour soi et des échanges avec d’autres protègent votre énergie. L’isolement et les objectifs fondés sur les réponses des recruteurs l’usent.',
              choices: [
                {
                  label: 'Se fixer des objectifs sur ses démarches plutôt que sur les réponses obtenues',
                  correct: true,
                  feedback: 'Oui : vous maîtrisez vos démarches, pas les décisions des recruteurs.',
                },
                {
                  label: 'Garder du temps pour le sport, les loisirs et les proches',
                  correct: true,
                  feedback: 'Oui : se ressourcer permet de tenir dans la durée.',
                },
                {
                  label: 'Ne parler de sa recherche à personne',
                  correct: false,
                  feedback: 'Non : l’isolement est l’un des principaux pièges ; échanger aide et ouvre des portes.',
                },
                {
                  label: 'Participer à des ateliers ou à un groupe d’entraide',
                  correct: true,
                  feedback: 'Oui : on y trouve soutien, idées et parfois des contacts.',
                },
              ],
            },
            {
              kind: 'unique',
              prompt: 'Votre bilan montre que vos candidatures aux offres n’obtiennent jamais de réponse, alors que vos contacts réseau ont donné deux entretiens. Que faire ?',
              explanation:
                'Le bilan sert à ajuster sa stratégie : renforcer ce qui marche (ici le réseau) et corriger ce qui ne marche pas (le CV ou le ciblage des offres).',
              choices: [
                {
                  label: 'Continuer exactement de la même façon',
                  correct: false,
                  feedback: 'Le bilan perd son intérêt si l’on n’en tire aucune conséquence.',
                },
                {
                  label: 'Investir davantage dans le réseau et retravailler votre CV et votre ciblage',
                  correct: true,
                  feedback: 'Oui : vous renforcez le canal qui fonctionne et corrigez celui qui ne donne rien.',
                },
                {
                  label: 'Abandonner la recherche d’offres et ne plus consulter vos alertes',
                  correct: false,
                  feedback: 'Trop radical : mieux vaut améliorer vos candidatures que vous priver d’un canal.',
                },
              ],
            },
          ],
        },
      ],
    },
  ],
};
