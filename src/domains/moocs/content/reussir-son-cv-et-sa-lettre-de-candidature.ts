import type { CourseContent } from './content.types.js';

/** MOOC « Réussir son CV et sa lettre de candidature » (collection « Les MOOC de l’emploi »). */
export const course: CourseContent = {
  serviceSlug: 'reussir-son-cv-et-sa-lettre-de-candidature',
  objectives: [
    'Analyser une offre d’emploi pour repérer les attentes du recruteur et les mots-clés à reprendre.',
    'Choisir la structure de CV adaptée à votre profil, y compris si votre parcours est atypique.',
    'Décrire vos expériences par les résultats obtenus et les compétences mobilisées.',
    'Préparer un CV lisible à la fois par un recruteur pressé et par les logiciels de tri des candidatures.',
    'Rédiger une lettre de candidature courte et personnalisée selon le plan « vous, moi, nous ».',
    'Envoyer une candidature soignée par e-mail, la relancer au bon moment et tenir à jour votre profil sur les réseaux professionnels.',
  ],
  audienceText:
    'Ce MOOC s’adresse à tous les candidats : personnes en recherche d’emploi, jeunes diplômés, salariés qui veulent changer de poste ou personnes en reconversion. Il est utile aussi bien pour répondre à une annonce que pour envoyer une candidature spontanée.',
  prerequisites:
    'Aucun prérequis. Il suffit de savoir utiliser un traitement de texte et une messagerie électronique. Gardez à portée de main votre CV actuel, même ancien ou incomplet, et une ou deux offres d’emploi qui vous intéressent : elles serviront de support aux exercices.',
  effortText: '2 à 3 heures par semaine pendant 4 semaines',
  instructors: [
    {
      name: 'Claire Vasseur',
      title: 'Conseillère à l’emploi, agence de Nantes',
      bio: 'Claire accompagne depuis plus de dix ans des personnes en recherche d’emploi dans la rédaction de leurs candidatures. Elle anime des ateliers CV et lettre de motivation en agence et a relu plusieurs milliers de CV, du premier emploi à la reconversion après vingt ans de carrière.',
      kind: 'interne',
    },
    {
      name: 'Julien Marchetti',
      title: 'Chargé de recrutement dans un groupe de distribution régional',
      bio: 'Julien recrute chaque année des dizaines de collaborateurs, de l’employé de magasin au responsable logistique. Il partage dans ce cours ce qu’il regarde vraiment quand il ouvre un CV, ce qui le pousse à décrocher son téléphone… et ce qui le fait passer à la candidature suivante.',
      kind: 'externe',
    },
  ],
  weeks: [
    // -------------------------------------------------------------------------------------------
    // Semaine 1
    // -------------------------------------------------------------------------------------------
    {
      title: 'Semaine 1 — Cibler avant d’écrire',
      summary:
        'Un bon CV ne s’écrit pas d’abord : il se prépare. Cette semaine, vous apprenez à décrypter une offre d’emploi pour comprendre ce que cherche vraiment le recruteur, puis à faire l’inventaire de vos atouts pour les relier à ses attentes.',
      lessons: [
        {
          kind: 'texte',
          title: 'Décrypter une offre d’emploi',
          durationMinutes: 15,
          body: `## Pourquoi commencer par l’offre ?

Beaucoup de candidats envoient le même CV à toutes les annonces. Résultat : le recruteur doit deviner par lui-même si le profil correspond, et il a rarement le temps de le faire. Un recruteur consacre souvent moins d’une minute à une première lecture. Votre candidature doit donc **répondre directement aux attentes de l’offre**. Pour cela, il faut d’abord les identifier.

## La méthode des trois couleurs

Imprimez l’offre (ou copiez-la dans un document) et surlignez-la avec trois couleurs :

- **en jaune, les missions** : ce que vous ferez concrètement au quotidien (« accueillir la clientèle », « gérer les stocks », « saisir les factures ») ;
- **en vert, les compétences techniques** : logiciels, diplômes, permis, habilitations, langues, techniques du métier ;
- **en bleu, les qualités attendues** : autonomie, rigueur, sens du contact, travail en équipe, capacité à gérer les priorités.

Repérez ensuite ce qui est **indispensable** (« exigé », « impératif », « vous maîtrisez ») et ce qui est **souhaité** (« idéalement », « un plus »). Ne vous censurez pas si vous ne cochez pas toutes les cases souhaitées : une offre décrit souvent un candidat idéal qui n’existe pas.

## Un exemple

> « Assistant administratif H/F – PME du bâtiment. Vous assurez l’accueil téléphonique, la gestion des devis et la facturation. Maîtrise d’un tableur exigée, connaissance d’un logiciel de gestion commerciale appréciée. Rigoureux et organisé, vous savez gérer plusieurs dossiers en parallèle. »

- Missions : accueil téléphonique, devis, facturation.
- Compétences : tableur (indispensable), logiciel de gestion commerciale (un plus).
- Qualités : rigueur, organisation, gestion des priorités.

Ces mots sont les **mots-clés** de l’offre. Vous les retrouverez la semaine prochaine dans votre titre, votre rubrique compétences et vos expériences.

## Lire entre les lignes

L’offre dit aussi des choses de façon implicite. « Environnement dynamique » signale souvent une charge de travail soutenue ; « poste évolutif » laisse entrevoir des responsabilités futures. Renseignez-vous aussi sur l’entreprise : son activité, sa taille, ses clients, ses actualités. Ces éléments nourriront votre lettre.

## Et pour une candidature spontanée ?

Sans offre, partez de l’entreprise. Quels métiers y exerce-t-on ? Quels problèmes pourrait-elle rencontrer (saison haute, ouverture d’un site, nouveaux clients) ? Consultez les offres qu’elle a publiées par le passé ou celles d’entreprises similaires : elles vous donneront le vocabulaire du métier.

## Exercice

Choisissez une offre qui vous intéresse. Surlignez-la avec les trois couleurs, puis dressez une liste de **dix mots-clés maximum**, classés entre « indispensable » et « souhaité ». Gardez cette liste : elle vous servira tout au long du cours.`,
        },
        {
          kind: 'texte',
          title: 'Faire l’inventaire de ses atouts',
          durationMinutes: 20,
          body: `## Vous avez plus d’atouts que vous ne le pensez

Quand on cherche un emploi, on a tendance à sous-estimer ce que l’on sait faire. Pourtant, chaque expérience — un emploi, un stage, une mission d’intérim, du bénévolat, l’organisation d’un événement associatif, la gestion d’un budget familial serré — a développé des compétences. L’objectif de cette leçon est de **les rendre visibles**, avant même d’écrire une ligne de CV.

## Étape 1 : lister toutes vos expériences

Sur une feuille, notez sans trier :

- vos emplois, y compris courts (saisonniers, intérim, petits boulots) ;
- vos stages, alternances et projets de formation ;
- vos engagements : association, club sportif, conseil de parents d’élèves, service civique ;
- vos projets personnels : site web, rénovation, vente en ligne, aide apportée à un proche.

## Étape 2 : pour chaque expérience, trois questions

1. **Qu’ai-je fait concrètement ?** Utilisez des verbes d’action : accueillir, vendre, planifier, réparer, former, animer.
2. **Avec quels outils ou techniques ?** Logiciels, machines, méthodes, langues.
3. **Quel résultat ?** Un chiffre, une amélioration, un retour positif : « 120 clients par jour en caisse », « délais de livraison respectés », « félicitations du responsable pour l’organisation du rayon ».

## Étape 3 : distinguer trois familles de compétences

- **Les savoir-faire techniques** : propres à un métier (établir un devis, conduire un chariot élévateur, réaliser une paie).
- **Les compétences transversales** : utiles dans de nombreux métiers (organiser son travail, communiquer à l’écrit, résoudre un problème).
- **Les savoir-être** : votre manière de travailler (ponctualité, sens du service, calme sous pression). Ne les affirmez jamais seuls : **prouvez-les** par un exemple.

## Étape 4 : croiser avec l’offre

Reprenez la liste de mots-clés de la leçon précédente et construisez un tableau à deux colonnes : à gauche, chaque attente de l’offre ; à droite, la preuve que vous pouvez y répondre.

| Attente de l’offre | Ma preuve |
| --- | --- |
| Accueil téléphonique | 2 ans d’accueil en cabinet médical, jusqu’à 80 appels par jour |
| Tableur | Suivi des plannings et des stocks de l’association sur tableur |
| Rigueur | Aucune erreur de caisse relevée sur 6 mois |

Les cases vides ne sont pas un échec : elles indiquent ce que vous devrez compenser (une formation courte, une compétence proche) ou assumer en entretien.

## Un parcours atypique ?

Reconversion, longue interruption, expériences très variées : votre fil rouge se trouve souvent dans les **compétences communes** à vos expériences. Une ancienne aide-soignante qui vise un poste d’accueil peut mettre en avant l’écoute, la gestion des situations tendues et la rigueur des transmissions écrites.

## Exercice

Remplissez le tableau de correspondance pour l’offre choisie. Visez au moins **cinq lignes avec une preuve concrète**.`,
        },
        {
          kind: 'quiz',
          title: 'Quiz de la semaine 1',
          body: 'Vérifiez que vous savez lire une offre et relier vos atouts aux attentes du recruteur. Vous pouvez refaire ce quiz autant de fois que nécessaire.',
          passMark: 75,
          maxAttempts: null,
          questions: [
            {
              kind: 'unique',
              prompt: 'Une offre indique « Maîtrise d’un tableur exigée, connaissance d’un logiciel de gestion appréciée ». Vous maîtrisez le tableur mais pas ce logiciel. Que faites-vous ?',
              explanation: 'Une offre distingue souvent l’indispensable du souhaité. Si vous répondez aux exigences, postulez en valorisant ce que vous maîtrisez et, si possible, une compétence proche du « plus » demandé.',
              choices: [
                { label: 'Je renonce : je ne coche pas toutes les cases.', correct: false, feedback: 'Dommage : « appréciée » signifie que ce n’est pas indispensable. Peu de candidats cochent toutes les cases.' },
                { label: 'Je postule en mettant en avant le tableur et ma capacité à prendre en main de nouveaux logiciels.', correct: true, feedback: 'Exactement : vous répondez à l’exigence et vous rassurez sur le point souhaité avec un exemple.' },
                { label: 'J’écris que je maîtrise le logiciel, personne ne vérifiera.', correct: false, feedback: 'Non : une information fausse se découvre vite, en entretien ou pendant la période d’essai, et ruine la confiance.' },
              ],
            },
            {
              kind: 'multiple',
              prompt: 'Parmi ces éléments, lesquels sont des mots-clés utiles à repérer dans une offre ?',
              explanation: 'Les mots-clés sont les missions, les compétences techniques et les qualités attendues. Ce sont eux que le recruteur, et parfois un logiciel de tri, cherchera dans votre candidature.',
              choices: [
                { label: 'Les missions du poste (« gestion des devis », « accueil téléphonique »).', correct: true, feedback: 'Oui : les missions indiquent ce que vous ferez et ce que le recruteur veut retrouver dans vos expériences.' },
                { label: 'Les compétences techniques (logiciels, permis, diplômes).', correct: true, feedback: 'Oui : ce sont souvent les critères de tri les plus visibles.' },
                { label: 'Les qualités attendues (rigueur, autonomie).', correct: true, feedback: 'Oui, à condition de les prouver par des exemples plutôt que de simplement les recopier.' },
                { label: 'La formule « H/F » présente dans le titre.', correct: false, feedback: 'Non : cette mention rappelle simplement que le poste est ouvert à tous, ce n’est pas une attente à reprendre.' },
              ],
            },
            {
              kind: 'unique',
              prompt: 'Comment présenter au mieux un savoir-être comme « sens du service » ?',
              explanation: 'Un savoir-être affirmé seul ne convainc pas : tout le monde se dit motivé et rigoureux. Un exemple concret ou un résultat le rend crédible.',
              choices: [
                { label: 'L’écrire en gras en haut du CV.', correct: false, feedback: 'La mise en forme ne remplace pas une preuve : le recruteur lit ce mot sur presque tous les CV.' },
                { label: 'L’illustrer par un fait : « taux de satisfaction client en hausse sur mon rayon ».', correct: true, feedback: 'Bravo : le fait prouve la qualité sans avoir besoin de l’affirmer.' },
                { label: 'Le répéter dans le CV et dans la lettre pour insister.', correct: false, feedback: 'La répétition n’ajoute rien si aucune preuve n’accompagne l’affirmation.' },
              ],
            },
            {
              kind: 'multiple',
              prompt: 'Quelles expériences peuvent apporter des compétences à valoriser ?',
              explanation: 'Toutes les expériences, rémunérées ou non, développent des compétences. L’important est de les décrire concrètement et de les relier au poste visé.',
              choices: [
                { label: 'Un emploi saisonnier de deux mois.', correct: true, feedback: 'Oui : même court, un emploi montre votre capacité à vous adapter et à être opérationnel vite.' },
                { label: 'Le rôle de trésorier dans une association.', correct: true, feedback: 'Oui : gestion d’un budget, rigueur, reporting… autant de compétences transférables.' },
                { label: 'Seuls les emplois en CDI comptent pour un recruteur.', correct: false, feedback: 'Faux : le type de contrat ne dit rien de la valeur des compétences acquises.' },
                { label: 'Un projet personnel, comme la création d’un site de vente en ligne.', correct: true, feedback: 'Oui : il peut démontrer des compétences numériques, commerciales et d’organisation.' },
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
      title: 'Semaine 2 — Construire un CV clair et convaincant',
      summary:
        'Vous construisez votre CV rubrique par rubrique : en-tête, titre, accroche, compétences, expériences, formation. Vous apprenez à décrire vos expériences par les résultats, à choisir une structure adaptée à votre profil et à rendre votre CV lisible par les logiciels de tri des candidatures.',
      lessons: [
        {
          kind: 'texte',
          title: 'La structure et les rubriques du CV',
          durationMinutes: 20,
          body: `## Une page qui se lit en quelques secondes

Le CV n’est pas une biographie : c’est un **document de sélection**. Le recruteur le parcourt d’abord en diagonale, de haut en bas. Ce qui compte le plus doit donc se trouver en haut. Pour un jeune diplômé ou un profil avec peu d’expériences, **une page suffit**. Au-delà de dix ans d’expérience, deux pages sont acceptables si chaque ligne est utile.

## L’en-tête : l’essentiel, rien de plus

- **Prénom et nom**, bien visibles.
- **Téléphone** et **adresse e-mail professionnelle** (de type prenom.nom@…, jamais un pseudonyme).
- **Ville** ou département : l’adresse complète n’est pas nécessaire.
- Éventuellement, le lien vers votre profil sur un réseau professionnel, s’il est à jour.

En France, la **photo est facultative**. Vous n’avez pas à indiquer votre âge, votre date de naissance, votre nationalité ni votre situation familiale : ces informations n’ont pas à entrer dans la décision de recrutement. Le **permis B** et un véhicule peuvent en revanche être précisés s’ils sont utiles au poste.

## Le titre et l’accroche

Le **titre** dit en quelques mots quel poste vous visez. Reprenez l’intitulé de l’offre : « Assistante administrative et commerciale », et non « CV » ou « Recherche emploi ».

L’**accroche** (deux à trois lignes) résume ce que vous apportez :

> *Avant* : « Personne motivée et dynamique cherchant un emploi stable. »
>
> *Après* : « 5 ans d’expérience en accueil et gestion administrative en cabinet médical. Maîtrise du tableur et des outils de facturation. Disponible immédiatement, secteur de Nantes. »

La version « après » parle de ce que vous offrez, pas de ce que vous cherchez.

## Les rubriques principales

1. **Compétences** : 6 à 8 compétences clés, reprenant les mots-clés de l’offre.
2. **Expériences professionnelles** : de la plus récente à la plus ancienne, avec intitulé du poste, entreprise, ville, dates (mois et année) et deux à quatre lignes de réalisations.
3. **Formation** : diplômes et formations courtes utiles au poste. Si vous avez de l’expérience, cette rubrique passe après les expériences.
4. **Langues et outils** : avec un niveau honnête (notions, intermédiaire, courant).
5. **Centres d’intérêt** : facultatifs ; gardez-les s’ils disent quelque chose de vous (engagement associatif, sport collectif, pratique artistique régulière).

## Chronologique ou par compétences ?

- Le **CV chronologique** convient si votre parcours est continu et cohérent avec le poste visé.
- Le **CV par compétences** regroupe vos réalisations par grands domaines (« Accueil et relation client », « Gestion administrative ») puis liste brièvement les postes. Il aide en cas de **reconversion**, de parcours morcelé ou de période sans emploi.

Dans tous les cas, n’inventez rien et ne masquez pas les dates : un recruteur préférera toujours une explication simple en entretien.

## Exercice

Rédigez votre titre et deux versions de votre accroche pour l’offre choisie en semaine 1. Gardez celle qui contient le plus de mots-clés tout en restant naturelle.`,
        },
        {
          kind: 'texte',
          title: 'Décrire ses expériences par les résultats',
          durationMinutes: 20,
          body: `## Des tâches aux réalisations

La plupart des CV décrivent des **tâches** : « Accueil des clients. Mise en rayon. Encaissement. » Ces lignes disent ce que fait n’importe quelle personne à ce poste. Le recruteur veut savoir **ce que vous, vous avez fait, et avec quel résultat**.

## La formule en trois temps

Pour chaque ligne, combinez :

- **un verbe d’action** au début : gérer, organiser, vendre, réduire, former, coordonner, mettre en place ;
- **un contexte** : volume, outils, public, contraintes ;
- **un résultat** : chiffré si possible, sinon qualitatif.

> *Avant* : « Gestion des stocks. »
>
> *Après* : « Suivi des stocks de 300 références sur tableur : ruptures réduites de moitié en six mois. »

> *Avant* : « Accueil téléphonique. »
>
> *Après* : « Accueil téléphonique et physique d’environ 60 patients par jour, prise de rendez-vous sur logiciel dédié. »

> *Avant* : « Bénévole dans une association. »
>
> *Après* : « Organisation d’une collecte annuelle avec une équipe de 12 bénévoles : 2 tonnes de denrées récoltées. »

## Et si je n’ai pas de chiffres ?

Tous les métiers ne se mesurent pas en chiffres. Vous pouvez alors mettre en avant :

- **une responsabilité** : « Référente sécurité de l’équipe », « ouverture et fermeture du magasin en autonomie » ;
- **une amélioration** : « mise en place d’un classement qui a facilité le travail des remplaçants » ;
- **une reconnaissance** : « contrat renouvelé trois saisons de suite », « formée pour accueillir les nouveaux arrivants ».

Restez honnête : un ordre de grandeur (« environ », « plus de ») vaut mieux qu’un chiffre inventé que vous ne saurez pas justifier.

## Adapter l’ordre et le vocabulaire

Dans chaque expérience, placez **en premier** les réalisations qui répondent le mieux à l’offre. Utilisez le **vocabulaire de l’annonce** : si elle parle de « relation client », évitez de n’écrire que « contact avec le public ». Supprimez les lignes qui n’apportent rien au poste visé : un CV ciblé est plus fort qu’un CV exhaustif.

## Les expériences courtes et répétées

Plusieurs missions d’intérim ou contrats courts dans le même domaine peuvent être **regroupées** : « Préparateur de commandes — missions d’intérim pour 4 entreprises de logistique (2022-2024) », suivi de deux ou trois réalisations communes. Le CV gagne en lisibilité et montre votre expérience cumulée.

## La rubrique compétences

Elle reprend en quelques mots ce que prouvent vos expériences. Préférez des formulations précises (« Facturation et suivi des règlements », « Conduite de chariot élévateur ») à des termes vagues (« Polyvalence »).

## Exercice corrigé

Réécrivez trois lignes de votre CV actuel avec la formule verbe + contexte + résultat. Comparez ensuite avec cet exemple : « Vente » devient « Conseil et vente en prêt-à-porter, panier moyen parmi les plus élevés de la boutique ».`,
        },
        {
          kind: 'texte',
          title: 'Mise en forme et logiciels de tri des candidatures',
          durationMinutes: 15,
          body: `## Deux lecteurs à convaincre

De nombreuses entreprises, surtout les plus grandes et les cabinets de recrutement, utilisent un **logiciel de gestion des candidatures** (souvent appelé ATS). Il extrait le texte de votre CV, remplit automatiquement une fiche et permet au recruteur de rechercher des candidats par mots-clés. Votre CV doit donc être lisible par **une machine** puis convaincre **un humain**.

## Ce qui aide les logiciels

- **Reprendre les mots-clés de l’offre**, tels qu’ils sont écrits : si l’annonce demande « gestion de la paie », ne vous contentez pas de « salaires ». Intégrez-les naturellement dans votre titre, votre accroche, vos compétences et vos expériences.
- **Des intitulés de rubriques classiques** : « Expériences professionnelles », « Formation », « Compétences ». Un intitulé original (« Mon aventure ») peut ne pas être reconnu.
- **Du vrai texte** : pas d’informations importantes dans une image, un logo ou une zone de texte flottante.
- **Une mise en page simple** : une ou deux colonnes au maximum, sans tableaux complexes.
- **Des dates homogènes** : « mars 2022 – juin 2024 ».
- **Le format demandé** : PDF le plus souvent, parfois un fichier de traitement de texte. Vérifiez que le texte du PDF peut être sélectionné : s’il s’agit d’une photo ou d’une numérisation, le logiciel ne lira rien.

## Ce qui aide le recruteur

- **Une police lisible** et sobre, en taille 10 à 12 pour le texte.
- **Des marges et des espaces** : un CV aéré se lit plus vite qu’un CV rempli jusqu’aux bords.
- **Une hiérarchie claire** : le titre en plus grand, les intitulés de poste en gras, les dates alignées.
- **Une ou deux couleurs au maximum**, utilisées avec constance.
- **Pas de barres de niveau ni d’étoiles** pour les compétences : « 4 étoiles sur 5 en tableur » ne veut rien dire. Préférez un niveau décrit ou, mieux, un exemple d’utilisation.

## Les pièges à éviter

- Le **mot-clé caché** en blanc sur fond blanc : les logiciels le détectent de plus en plus et le recruteur le découvre en sélectionnant le texte. C’est une faute de confiance.
- La **liste de mots-clés sans preuve** : elle passe peut-être le tri, mais pas la lecture humaine.
- Les **modèles très graphiques** téléchargés en ligne : agréables à l’œil, ils sont souvent mal lus par les logiciels. Réservez-les aux métiers créatifs, avec un portfolio à côté.

## Le nom du fichier

Nommez votre fichier de façon explicite : **CV_Prenom_Nom_Assistante-administrative.pdf**. Évitez « CV final v3 (2).pdf ».

## Check-list

- [ ] Le titre reprend l’intitulé du poste.
- [ ] Au moins cinq mots-clés de l’offre apparaissent dans le CV.
- [ ] Le texte du PDF se sélectionne.
- [ ] Le CV tient sur une page (ou deux si l’expérience le justifie).
- [ ] Le nom du fichier contient votre nom et le poste visé.`,
        },
        {
          kind: 'quiz',
          title: 'Quiz de la semaine 2',
          body: 'Testez vos connaissances sur la structure du CV, la description des expériences et la lisibilité par les logiciels de tri.',
          passMark: 75,
          maxAttempts: null,
          questions: [
            {
              kind: 'multiple',
              prompt: 'Quelles informations sont inutiles, voire déconseillées, dans l’en-tête d’un CV en France ?',
              explanation: 'La décision de recrutement ne doit pas reposer sur l’âge, la situation familiale ou l’origine. Ces informations n’ont pas à figurer sur le CV ; la photo, elle, est facultative.',
              choices: [
                { label: 'La situation familiale (« marié, deux enfants »).', correct: true, feedback: 'En effet : cette information n’a aucun lien avec vos compétences et n’a pas à être donnée.' },
                { label: 'La date de naissance.', correct: true, feedback: 'Exact : l’âge ne doit pas entrer en compte ; rien ne vous oblige à l’indiquer.' },
                { label: 'Un numéro de téléphone et une adresse e-mail.', correct: false, feedback: 'Si, ils sont indispensables : sans eux, le recruteur ne peut pas vous contacter.' },
                { label: 'La ville de résidence.', correct: false, feedback: 'Elle reste utile : elle permet au recruteur de vérifier que le trajet est réaliste. L’adresse complète, elle, n’est pas nécessaire.' },
              ],
            },
            {
              kind: 'unique',
              prompt: 'Quelle ligne d’expérience est la plus convaincante ?',
              explanation: 'La formule verbe d’action + contexte + résultat montre ce que vous avez réellement apporté, là où une simple tâche décrit seulement le poste.',
              choices: [
                { label: '« Gestion des stocks. »', correct: false, feedback: 'C’est une tâche : elle ne dit ni le volume, ni les outils, ni le résultat.' },
                { label: '« Très bonne gestion des stocks, rigoureux et motivé. »', correct: false, feedback: 'Les adjectifs ne prouvent rien : le recruteur attend un fait.' },
                { label: '« Suivi de 300 références sur tableur : ruptures réduites de moitié en six mois. »', correct: true, feedback: 'Oui : verbe, contexte et résultat. Le recruteur voit immédiatement votre apport.' },
              ],
            },
            {
              kind: 'unique',
              prompt: 'Vous avez changé de métier et vos expériences sont variées. Quelle structure de CV privilégier ?',
              explanation: 'Le CV par compétences regroupe les réalisations par domaines utiles au poste visé. Il met en valeur les compétences transférables d’un parcours non linéaire, sans masquer les postes occupés.',
              choices: [
                { label: 'Un CV chronologique détaillant chaque poste de la même façon.', correct: false, feedback: 'Il risque de mettre en avant un métier que vous quittez plutôt que les compétences utiles au nouveau.' },
                { label: 'Un CV par compétences, suivi d’une liste brève des postes occupés.', correct: true, feedback: 'Oui : il met en avant ce qui est transférable tout en restant transparent sur votre parcours.' },
                { label: 'Un CV sans dates pour éviter les questions.', correct: false, feedback: 'Non : l’absence de dates intrigue le recruteur et donne une impression de dissimulation.' },
              ],
            },
            {
              kind: 'multiple',
              prompt: 'Quelles pratiques rendent un CV plus lisible par un logiciel de tri des candidatures ?',
              explanation: 'Les logiciels lisent du texte structuré : intitulés classiques, mots-clés de l’offre, PDF dont le texte se sélectionne. Les éléments graphiques et les astuces cachées desservent la candidature.',
              choices: [
                { label: 'Reprendre les mots-clés de l’offre dans le titre et les expériences.', correct: true, feedback: 'Oui : ce sont ces termes que le recruteur recherche dans le logiciel.' },
                { label: 'Utiliser des intitulés de rubriques classiques comme « Formation ».', correct: true, feedback: 'Oui : le logiciel les reconnaît et range correctement vos informations.' },
                { label: 'Mettre les compétences dans une infographie pour gagner de la place.', correct: false, feedback: 'Non : le texte contenu dans une image n’est généralement pas lu par le logiciel.' },
                { label: 'Ajouter des mots-clés écrits en blanc sur fond blanc.', correct: false, feedback: 'Non : la technique est souvent détectée et fait perdre toute crédibilité auprès du recruteur.' },
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
      title: 'Semaine 3 — Écrire une lettre et un e-mail qui donnent envie',
      summary:
        'La lettre de candidature complète le CV : elle explique pourquoi cette entreprise et ce poste, et ce que vous y apporterez. Vous apprenez à l’écrire courte et personnalisée avec le plan « vous, moi, nous », puis à rédiger l’e-mail qui l’accompagne.',
      lessons: [
        {
          kind: 'texte',
          title: 'La lettre de motivation « vous, moi, nous »',
          durationMinutes: 25,
          body: `## À quoi sert encore la lettre ?

Tous les recruteurs ne la lisent pas, mais ceux qui la lisent s’en servent pour départager des candidats proches. Elle montre que vous avez compris le poste, que vous savez écrire et que votre candidature n’est pas envoyée au hasard. Une lettre **courte et personnalisée** (une demi-page à trois quarts de page, environ 200 à 250 mots) fait la différence ; une lettre générique fait l’effet inverse.

## Le plan « vous, moi, nous »

### 1. Vous : l’entreprise et son besoin

Commencez par **l’entreprise**, pas par vous. Montrez que vous la connaissez et que vous avez compris l’enjeu du poste.

> *Avant* : « Actuellement à la recherche d’un emploi, je me permets de vous adresser ma candidature. »
>
> *Après* : « Votre entreprise ouvre un deuxième dépôt à Saint-Herblain et recherche un préparateur de commandes capable de tenir des cadences élevées sans sacrifier la qualité. »

### 2. Moi : ce que j’apporte

Choisissez **deux ou trois atouts** en lien direct avec l’offre, chacun prouvé par un fait. Ne recopiez pas le CV : racontez ce qu’il ne dit pas.

> « Pendant trois ans en entrepôt, j’ai préparé en moyenne 150 colis par jour avec un taux d’erreur très faible. Titulaire du certificat de conduite de chariot, j’ai aussi formé deux intérimaires aux règles de sécurité du site. »

### 3. Nous : ce que nous ferons ensemble

Projetez-vous dans le poste et proposez une rencontre.

> « Je serais heureux de mettre cette rigueur au service de votre nouveau dépôt dès son ouverture. Je me tiens à votre disposition pour un entretien afin de vous en dire plus. »

Terminez par une formule de politesse simple : « Je vous prie d’agréer, Madame, Monsieur, mes salutations distinguées. » ou, dans un e-mail, « Bien cordialement ».

## Les règles d’or

- **Un destinataire nommé** quand c’est possible (« Madame Durand »), sinon « Madame, Monsieur ».
- **Des phrases courtes**, à la première personne, sans formules toutes faites.
- **Zéro faute** : faites relire, ou lisez à voix haute.
- **Pas de justification excessive** : inutile de détailler pourquoi vous avez quitté votre dernier poste ou pourquoi vous cherchez depuis longtemps.
- **Pas de copier-coller** d’une lettre type trouvée en ligne : les recruteurs les reconnaissent.

## La candidature spontanée

Sans offre, la partie « vous » est encore plus importante : expliquez pourquoi **cette entreprise** vous intéresse et quel besoin vous pensez pouvoir couvrir. Précisez le type de poste visé, sinon le recruteur ne saura pas à qui transmettre votre candidature.

## Parcours atypique

La lettre est le bon endroit pour donner **le fil rouge** de votre parcours en une phrase : « Après dix ans dans la restauration, je souhaite mettre mon sens du service et ma résistance au rythme au profit de l’accueil en hôtellerie. » Positif et tourné vers l’avenir, sans vous excuser.

## Exercice

Écrivez votre lettre pour l’offre choisie en semaine 1, en trois paragraphes « vous », « moi », « nous ». Vérifiez qu’elle tient en moins de 250 mots et qu’elle cite au moins un fait précis sur l’entreprise.`,
        },
        {
          kind: 'texte',
          title: 'L’e-mail de candidature et les formulaires en ligne',
          durationMinutes: 15,
          body: `## Le premier texte que lira le recruteur

Aujourd’hui, la plupart des candidatures se font par e-mail ou par formulaire. L’e-mail est **la première impression** : avant d’ouvrir vos pièces jointes, le recruteur lit l’objet et les premières lignes. Un e-mail vide ou bâclé peut suffire à faire écarter un bon CV.

## L’adresse d’expédition

Utilisez une adresse **sobre et professionnelle**, construite avec votre prénom et votre nom. Évitez les surnoms et les adresses humoristiques. Si nécessaire, créez une adresse dédiée à votre recherche d’emploi : vous y retrouverez aussi plus facilement vos échanges.

## L’objet : précis et repérable

- Pour une annonce : **« Candidature – Assistante administrative – Réf. AD-2024-15 »**.
- Pour une candidature spontanée : **« Candidature spontanée – Préparateur de commandes – Secteur Nantes »**.

Le recruteur gère souvent plusieurs recrutements en même temps : la référence de l’offre lui permet de classer votre message.

## Le corps du message

Deux options :

1. **L’e-mail court** qui accompagne une lettre en pièce jointe : quelques lignes suffisent.
2. **L’e-mail qui remplace la lettre** : reprenez alors le plan « vous, moi, nous » en version plus courte, directement dans le message. C’est de plus en plus courant, surtout pour les petites entreprises.

Exemple d’e-mail court :

> Madame Durand,
>
> Votre annonce pour un poste d’assistante administrative, publiée sur votre site, a retenu toute mon attention. Forte de cinq ans d’expérience en gestion administrative et en facturation, je vous adresse ma candidature : vous trouverez ci-joint mon CV et ma lettre de motivation.
>
> Je reste disponible pour un entretien à votre convenance.
>
> Bien cordialement,
>
> Camille Roux – 06 00 00 00 00

## Les pièces jointes

- Au **format PDF**, sauf demande contraire.
- Avec des **noms explicites** : « CV_Camille_Roux.pdf », « Lettre_Camille_Roux.pdf ».
- **Vérifiez-les avant l’envoi** : c’est bien la version adaptée à cette offre ?
- Un poids raisonnable : pas de fichier de plusieurs mégaoctets pour une seule page.

## Les formulaires de candidature en ligne

Sur les sites des grandes entreprises et des plateformes d’emploi, vous remplissez souvent un formulaire. Quelques conseils :

- **Préparez vos textes à l’avance** dans un document : accroche, présentation courte, motivation. Vous éviterez de tout perdre en cas de déconnexion.
- **Remplissez tous les champs**, même si votre CV contient déjà l’information : c’est souvent la fiche remplie qui est consultée en premier.
- **Adaptez le champ « motivation »** : c’est l’équivalent d’une lettre courte.
- **Notez vos identifiants** et faites une capture de la confirmation d’envoi.

## Check-list avant d’appuyer sur « Envoyer »

- [ ] L’objet contient le poste et la référence.
- [ ] Le destinataire et son nom sont bien orthographiés.
- [ ] Les pièces jointes sont les bonnes, en PDF, bien nommées.
- [ ] Une signature avec votre numéro de téléphone termine le message.
- [ ] Vous avez relu le message à voix haute.`,
        },
        {
          kind: 'quiz',
          title: 'Quiz de la semaine 3',
          body: 'Vérifiez que vous savez construire une lettre « vous, moi, nous » et un e-mail de candidature efficace.',
          passMark: 75,
          maxAttempts: null,
          questions: [
            {
              kind: 'unique',
              prompt: 'Par quoi commencer une lettre de motivation construite selon le plan « vous, moi, nous » ?',
              explanation: 'Le « vous » montre d’emblée que vous vous intéressez à l’entreprise et à son besoin : c’est ce qui distingue une lettre personnalisée d’une lettre générique.',
              choices: [
                { label: 'Par votre situation : « Actuellement en recherche d’emploi… »', correct: false, feedback: 'C’est l’ouverture la plus fréquente… et la moins efficace : elle parle de votre besoin, pas de celui de l’entreprise.' },
                { label: 'Par l’entreprise, son actualité et l’enjeu du poste.', correct: true, feedback: 'Oui : vous montrez que vous avez compris son besoin avant de parler de vous.' },
                { label: 'Par la liste de vos diplômes.', correct: false, feedback: 'Vos diplômes figurent déjà sur le CV ; la lettre doit apporter autre chose.' },
              ],
            },
            {
              kind: 'multiple',
              prompt: 'Quelles sont les caractéristiques d’une bonne lettre de candidature ?',
              explanation: 'Une bonne lettre est courte, personnalisée, prouve deux ou trois atouts par des faits et ne contient aucune faute.',
              choices: [
                { label: 'Elle tient en moins d’une page.', correct: true, feedback: 'Oui : le recruteur a peu de temps, une lettre courte a plus de chances d’être lue en entier.' },
                { label: 'Elle reprend toutes les lignes du CV.', correct: false, feedback: 'Non : elle doit compléter le CV, pas le répéter.' },
                { label: 'Elle s’appuie sur des faits précis pour prouver vos atouts.', correct: true, feedback: 'Oui : un fait vaut mieux qu’une liste d’adjectifs.' },
                { label: 'Elle mentionne un élément propre à l’entreprise.', correct: true, feedback: 'Oui : c’est la preuve que la lettre a été écrite pour elle.' },
              ],
            },
            {
              kind: 'unique',
              prompt: 'Quel objet d’e-mail choisir pour répondre à une annonce ?',
              explanation: 'Un objet précis avec l’intitulé du poste et la référence permet au recruteur de classer votre candidature sans l’ouvrir.',
              choices: [
                { label: '« CV »', correct: false, feedback: 'Trop vague : le recruteur ne sait ni pour quel poste, ni de qui il s’agit.' },
                { label: '« Candidature – Assistante administrative – Réf. AD-2024-15 »', correct: true, feedback: 'Parfait : poste et référence sont immédiatement visibles.' },
                { label: '« Bonjour, je suis très motivée !!! »', correct: false, feedback: 'Ce n’est pas un objet informatif, et la ponctuation excessive fait peu professionnel.' },
              ],
            },
            {
              kind: 'multiple',
              prompt: 'Avant d’envoyer votre candidature par e-mail, que vérifiez-vous ?',
              explanation: 'Les erreurs d’envoi les plus fréquentes sont simples à éviter : mauvaise pièce jointe, nom du destinataire mal écrit, format inadapté, message vide.',
              choices: [
                { label: 'Que les pièces jointes sont bien les versions adaptées à cette offre.', correct: true, feedback: 'Oui : envoyer la lettre destinée à une autre entreprise est une erreur qui ne pardonne pas.' },
                { label: 'Que les fichiers sont en PDF et nommés avec votre nom.', correct: true, feedback: 'Oui : le PDF préserve la mise en page et le nom aide le recruteur à retrouver vos documents.' },
                { label: 'Que le corps du message est vide, pour laisser parler le CV.', correct: false, feedback: 'Non : un e-mail vide donne une impression de candidature envoyée à la chaîne.' },
                { label: 'Que le nom du destinataire est correctement orthographié.', correct: true, feedback: 'Oui : une faute sur le nom de votre interlocuteur est la première chose qu’il remarque.' },
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
      title: 'Semaine 4 — Adapter, relire, envoyer et relancer',
      summary:
        'Dernière étape : adapter rapidement votre candidature à chaque offre, la relire sans laisser passer de fautes, l’envoyer et la relancer au bon moment. Vous verrez aussi comment soigner votre profil sur les réseaux professionnels, que les recruteurs consultent souvent.',
      lessons: [
        {
          kind: 'texte',
          title: 'Adapter sa candidature à chaque offre et la relire',
          durationMinutes: 20,
          body: `## Adapter sans tout réécrire

Adapter sa candidature ne veut pas dire repartir de zéro à chaque fois. La méthode consiste à créer un **CV de base** complet, puis à l’ajuster en **quinze à trente minutes** pour chaque offre.

## Votre CV de base

Rassemblez dans un document de travail toutes vos expériences, avec **toutes les réalisations possibles** (plus que ce qui tiendra sur une page), vos formations, vos outils et plusieurs versions d’accroche. C’est votre réserve : vous y piochez pour chaque candidature.

## Les cinq ajustements à faire pour chaque offre

1. **Le titre** : reprenez l’intitulé exact du poste.
2. **L’accroche** : mettez en avant les deux ou trois atouts qui répondent le mieux à l’offre.
3. **Les compétences** : réordonnez-les pour placer en premier les mots-clés indispensables de l’annonce.
4. **Les expériences** : choisissez les réalisations les plus pertinentes et placez-les en tête de chaque poste.
5. **La lettre ou l’e-mail** : réécrivez entièrement la partie « vous », ajustez la partie « moi ».

Enregistrez chaque version sous un nom distinct et notez dans votre suivi de candidatures quelle version a été envoyée à qui : vous la relirez avant l’entretien.

## Vérifier la correspondance avec l’offre

Relisez l’annonce puis votre CV. Pour chaque mot-clé indispensable, posez-vous la question : **« Le recruteur le trouvera-t-il en moins de dix secondes ? »** Si la réponse est non, remontez-le ou reformulez.

## Relire : une étape à ne jamais sauter

Une faute d’orthographe suffit parfois à écarter une candidature, notamment pour les postes où l’écrit compte. Quelques techniques efficaces :

- **Laissez reposer** votre document quelques heures avant la relecture finale.
- **Lisez à voix haute** : les phrases trop longues et les mots oubliés ressortent.
- **Changez de support** : imprimez, ou relisez sur un autre écran.
- **Utilisez un correcteur orthographique**, sans lui faire une confiance aveugle (il ne repère pas « près » à la place de « prêt »).
- **Faites relire** par une personne de confiance ou par votre conseiller.

## Les points de contrôle

- [ ] Les dates sont cohérentes et sans chevauchement inexpliqué.
- [ ] Les noms d’entreprises, de logiciels et de diplômes sont bien écrits.
- [ ] Les verbes sont conjugués de la même façon partout (tous à l’infinitif ou tous au nom).
- [ ] Le téléphone et l’adresse e-mail sont corrects : testez-les !
- [ ] La lettre porte le bon nom d’entreprise et la bonne date.
- [ ] La mise en page est identique une fois le fichier converti en PDF.

## Le test des six secondes

Montrez votre CV à un proche pendant six secondes, puis retournez-le. Demandez-lui : « Quel poste je vise ? Quels sont mes deux principaux atouts ? » S’il ne sait pas répondre, votre titre et votre accroche doivent être plus clairs.

## Exercice

Choisissez une deuxième offre, différente de la première. Adaptez votre CV et votre lettre en suivant les cinq ajustements, puis faites le test des six secondes.`,
        },
        {
          kind: 'texte',
          title: 'Envoyer, relancer et soigner son profil en ligne',
          durationMinutes: 20,
          body: `## Suivre ses candidatures

Au-delà de quelques candidatures, on perd vite le fil. Tenez un **tableau de suivi** simple (tableur ou carnet) avec pour chaque candidature : la date, l’entreprise, le poste, la référence, la version de CV envoyée, le nom du contact, la date de relance prévue et la réponse obtenue. Ce tableau vous évite de relancer deux fois la même personne et vous aide à préparer vos entretiens.

## Relancer : oui, mais avec méthode

Sans réponse au bout de **dix à quinze jours** environ, une relance est légitime. Elle montre votre motivation et permet parfois de faire ressortir votre dossier.

- **Par e-mail** : répondez au message de candidature pour que l’historique reste visible.
- **Par téléphone** : préparez deux ou trois phrases et une question précise.

Exemple d’e-mail de relance :

> Madame Durand,
>
> Le 4 mars dernier, je vous ai adressé ma candidature au poste d’assistante administrative (réf. AD-2024-15). Ce poste m’intéresse toujours vivement, notamment pour la diversité des dossiers que vous décrivez. Je reste à votre disposition pour un échange et pour vous apporter tout complément d’information.
>
> Bien cordialement,
>
> Camille Roux

Une seule relance suffit en général. En cas de réponse négative, remerciez et demandez, si vous le souhaitez, ce qui aurait pu renforcer votre candidature : certains recruteurs prennent le temps de répondre, et leurs conseils sont précieux.

## Soigner son profil sur les réseaux professionnels

Avant de vous appeler, de nombreux recruteurs tapent votre nom dans un moteur de recherche ou consultent votre profil sur un réseau professionnel. Ce profil doit être **cohérent avec votre CV**.

- **Une photo sobre** et récente, si vous choisissez d’en mettre une.
- **Un titre de profil** qui dit ce que vous faites ou visez : « Assistante administrative et commerciale – facturation, accueil, gestion des devis », plutôt que « En recherche d’emploi ».
- **Un résumé** de quelques lignes, à la première personne, reprenant votre accroche et vos mots-clés : les recruteurs font aussi des recherches par mots-clés sur ces plateformes.
- **Des expériences identiques** à celles du CV : mêmes intitulés, mêmes dates.
- **Des compétences** et, si possible, des recommandations d’anciens collègues ou responsables.
- Indiquez, selon les réglages proposés, que vous êtes **ouvert aux opportunités**.

## Vérifier sa réputation en ligne

Tapez votre prénom et votre nom dans un moteur de recherche. Si des contenus personnels apparaissent (photos, commentaires publics), vérifiez les **paramètres de confidentialité** de vos comptes personnels. Il ne s’agit pas de disparaître, mais de garder la maîtrise de ce qu’un recruteur peut voir.

## Garder le rythme

Une candidature sans réponse n’est pas un jugement sur votre valeur : les recruteurs reçoivent parfois des centaines de dossiers. Fixez-vous un objectif réaliste (par exemple quelques candidatures ciblées par semaine plutôt que des dizaines d’envois identiques) et faites le point régulièrement avec votre conseiller.

## Exercice

Créez votre tableau de suivi avec les colonnes proposées, puis relisez votre profil en ligne : le titre et le résumé reprennent-ils les mots-clés de votre CV ?`,
        },
        {
          kind: 'quiz',
          title: 'Quiz final',
          body: 'Ce dernier quiz porte sur l’adaptation, la relecture, l’envoi et la relance de vos candidatures. Vous disposez de trois tentatives : prenez le temps de relire les leçons de la semaine avant de commencer.',
          passMark: 75,
          maxAttempts: 3,
          questions: [
            {
              kind: 'unique',
              prompt: 'Quelle est la manière la plus efficace d’adapter sa candidature à chaque offre ?',
              explanation: 'Un CV de base complet, ajusté en quelques points ciblés (titre, accroche, compétences, réalisations, lettre), permet d’adapter chaque candidature rapidement et sérieusement.',
              choices: [
                { label: 'Envoyer le même CV partout pour gagner du temps.', correct: false, feedback: 'Vous gagnez du temps à l’envoi, mais vous en perdez en réponses négatives : le recruteur doit deviner le lien avec son offre.' },
                { label: 'Réécrire entièrement un nouveau CV à chaque fois.', correct: false, feedback: 'C’est épuisant et source d’erreurs. Un CV de base à ajuster est plus efficace.' },
                { label: 'Partir d’un CV de base complet et ajuster titre, accroche, compétences, réalisations et lettre.', correct: true, feedback: 'Oui : c’est rapide et chaque candidature répond précisément à l’offre.' },
              ],
            },
            {
              kind: 'multiple',
              prompt: 'Quelles techniques aident à repérer les fautes avant l’envoi ?',
              explanation: 'Le recul, la lecture à voix haute, le changement de support et un second regard sont les meilleures armes contre les fautes. Le correcteur automatique aide, mais ne suffit pas.',
              choices: [
                { label: 'Lire le document à voix haute.', correct: true, feedback: 'Oui : l’oreille repère ce que l’œil ne voit plus.' },
                { label: 'Faire relire par une autre personne.', correct: true, feedback: 'Oui : un regard neuf repère les fautes et les passages peu clairs.' },
                { label: 'Se fier uniquement au correcteur orthographique.', correct: false, feedback: 'Non : il laisse passer les homophones et les erreurs de sens.' },
                { label: 'Laisser reposer le texte quelques heures avant la relecture.', correct: true, feedback: 'Oui : avec du recul, on relit ce qui est écrit, et non ce qu’on croit avoir écrit.' },
              ],
            },
            {
              kind: 'unique',
              prompt: 'Vous n’avez pas de réponse deux semaines après votre candidature. Que faites-vous ?',
              explanation: 'Une relance courte et polie, environ dix à quinze jours après l’envoi, est bien perçue. Elle rappelle la référence du poste et réaffirme votre intérêt.',
              choices: [
                { label: 'J’envoie une relance courte et polie en rappelant le poste et la référence.', correct: true, feedback: 'Exactement : vous montrez votre motivation sans insister lourdement.' },
                { label: 'Je relance tous les deux jours jusqu’à obtenir une réponse.', correct: false, feedback: 'Trop insistant : cela risque d’agacer le recruteur. Une relance suffit en général.' },
                { label: 'Je considère que c’est perdu et je n’y pense plus.', correct: false, feedback: 'Dommage : une relance fait parfois ressortir une candidature oubliée dans la pile.' },
              ],
            },
            {
              kind: 'multiple',
              prompt: 'Comment rendre votre profil sur un réseau professionnel utile à votre recherche ?',
              explanation: 'Les recruteurs consultent et recherchent les profils par mots-clés. Un profil cohérent avec le CV, avec un titre explicite et un résumé ciblé, renforce votre candidature.',
              choices: [
                { label: 'Un titre qui décrit le métier visé et vos compétences clés.', correct: true, feedback: 'Oui : c’est la première chose qu’un recruteur voit dans les résultats de recherche.' },
                { label: 'Des intitulés de postes et des dates différents de ceux du CV, pour varier.', correct: false, feedback: 'Non : toute incohérence entre le CV et le profil fait douter le recruteur.' },
                { label: 'Un résumé qui reprend votre accroche et vos mots-clés.', correct: true, feedback: 'Oui : il aide les recruteurs à vous trouver et à comprendre votre projet.' },
                { label: 'Le titre « En recherche d’emploi » sans autre précision.', correct: false, feedback: 'Trop vague : il ne dit pas ce que vous savez faire ni ce que vous cherchez.' },
              ],
            },
          ],
        },
      ],
    },
  ],
};
