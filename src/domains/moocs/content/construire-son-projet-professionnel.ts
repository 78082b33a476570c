import type { CourseContent } from './content.types.js';

/** MOOC « Construire son projet professionnel »: from self-assessment to an action plan, in four weeks. */
export const course: CourseContent = {
  serviceSlug: 'construire-son-projet-professionnel',
  objectives: [
    'Dresser l’inventaire de vos compétences, y compris celles acquises hors du travail, et les formuler avec des verbes d’action.',
    'Identifier vos intérêts, vos valeurs et vos contraintes pour savoir quels métiers vous conviennent vraiment.',
    'Explorer des métiers avec les fiches du ROME, des enquêtes métier et une immersion en entreprise.',
    'Vérifier la faisabilité de votre projet : offres d’emploi près de chez vous, salaires, conditions d’accès, formation et financement.',
    'Construire un plan d’action daté, avec un plan B, et le présenter clairement à votre conseiller.',
  ],
  audienceText:
    'Toute personne qui se pose des questions sur son avenir professionnel : vous cherchez votre premier emploi, vous souhaitez revenir à l’emploi après une interruption, ou vous envisagez une reconversion et voulez vérifier que votre idée tient la route.',
  prerequisites:
    'Aucun prérequis. Il suffit d’une connexion à Internet, d’un carnet ou d’un document pour noter vos réponses aux exercices, et de l’envie de prendre un peu de temps pour vous.',
  effortText: 'Environ 2 heures par semaine pendant 4 semaines',
  instructors: [
    {
      name: 'Claire Vasseur',
      title: 'Conseillère à l’emploi, agence de Rennes',
      bio: 'Claire accompagne depuis douze ans des demandeurs d’emploi dans la définition de leur projet, en particulier des personnes en reconversion après un licenciement économique. Elle anime aussi des ateliers collectifs sur l’exploration des métiers et la découverte des secteurs qui recrutent.',
      kind: 'interne',
    },
    {
      name: 'Julien Mercadier',
      title: 'Psychologue du travail, cabinet d’orientation et de bilan',
      bio: 'Psychologue du travail, Julien conduit des bilans de compétences et des accompagnements à la reconversion depuis une quinzaine d’années. Il a conçu pour ce MOOC les exercices sur les intérêts, les valeurs et les compétences transférables.',
      kind: 'externe',
    },
    {
      name: 'Sophie Lemaire',
      title: 'Chargée de relations entreprises, agence de Clermont-Ferrand',
      bio: 'Sophie est au quotidien en contact avec les employeurs de son bassin d’emploi : elle connaît leurs besoins, leurs difficultés de recrutement et les métiers qui peinent à trouver des candidats. Elle organise régulièrement des immersions professionnelles et des rencontres entre recruteurs et candidats.',
      kind: 'interne',
    },
  ],
  weeks: [
    // -------------------------------------------------------------------------------------------
    {
      title: 'Semaine 1 — Faire le point sur soi',
      summary:
        'Avant de choisir un métier, il faut savoir ce que l’on sait faire, ce que l’on aime et ce à quoi l’on tient. Cette semaine, vous dressez l’inventaire de vos compétences, y compris celles acquises hors du travail, puis vous clarifiez vos intérêts, vos valeurs et vos contraintes.',
      lessons: [
        {
          kind: 'texte',
          title: 'Inventorier ses compétences, y compris hors du travail',
          durationMinutes: 20,
          body: `## Pourquoi commencer par vos compétences ?

Beaucoup de personnes se définissent par un intitulé de poste : « j’étais secrétaire », « j’ai fait de la manutention ». Or un recruteur, comme un organisme de formation, s’intéresse surtout à **ce que vous savez faire**. Un même savoir-faire peut servir dans plusieurs métiers : c’est ce qu’on appelle une **compétence transférable**. Faire l’inventaire de vos compétences, c’est élargir le champ des possibles.

## Les trois familles de compétences

- **Les savoirs** : ce que vous connaissez (une langue, un logiciel, une réglementation, les règles d’hygiène en cuisine…).
- **Les savoir-faire** : ce que vous savez réaliser concrètement (tenir une caisse, planifier des tournées, rédiger un compte rendu, réparer un moteur…).
- **Les savoir-être professionnels** : votre manière d’agir au travail (rigueur, sens du contact, autonomie, capacité à travailler en équipe…). Ils comptent beaucoup dans les recrutements, à condition de les prouver par des exemples.

## N’oubliez pas ce que vous avez appris hors du travail

Vos compétences ne viennent pas seulement de vos emplois. Pensez à :

- la **vie associative** ou le bénévolat (trésorerie d’un club, organisation d’une fête de quartier, encadrement de jeunes) ;
- la **vie familiale** (gestion d’un budget, accompagnement d’un proche dépendant, organisation d’un déménagement) ;
- vos **loisirs** (bricolage, couture, informatique, sport en compétition) ;
- vos **stages**, jobs d’été, missions d’intérim, même courts.

Ces expériences sont légitimes : elles montrent des compétences réelles, qu’il suffit de nommer.

## La méthode en trois étapes

1. **Listez vos expériences**, professionnelles ou non, sur une feuille : une ligne par expérience.
2. **Pour chacune, décrivez trois à cinq actions précises**, avec un verbe d’action : « accueillir », « organiser », « contrôler », « conseiller », « former ». Évitez les formules vagues comme « polyvalent ».
3. **Regroupez les actions qui se ressemblent** : vous verrez apparaître vos compétences fortes, celles qui reviennent d’une expérience à l’autre.

## Un exemple

Sandrine, 42 ans, a été secrétaire médicale pendant quinze ans et s’occupe bénévolement d’une association de parents d’élèves. En listant ses actions, elle constate qu’elle sait **accueillir des personnes inquiètes**, **gérer des plannings**, **respecter la confidentialité** et **animer une réunion**. Ces compétences l’ouvrent à d’autres métiers que le secrétariat.

## Exercice de la semaine

Prenez 30 minutes pour remplir votre tableau d’expériences et d’actions. Puis demandez à deux proches ou anciens collègues : « Selon toi, qu’est-ce que je fais bien ? ». Leur regard fait souvent apparaître des compétences que vous sous-estimez. Gardez ce tableau : il servira tout au long du MOOC.`,
        },
        {
          kind: 'texte',
          title: 'Intérêts, valeurs et contraintes : ce qui compte pour vous',
          durationMinutes: 20,
          body: `## Savoir faire ne suffit pas

Vous pouvez être compétent dans un domaine sans avoir envie d’y travailler toute votre vie. Un projet solide repose sur **trois piliers** : vos compétences (vues dans la leçon précédente), vos **intérêts** et vos **valeurs**. Il doit aussi tenir compte de vos **contraintes** réelles.

## Identifier vos intérêts

Vos intérêts sont les activités qui vous donnent de l’énergie. Posez-vous ces questions :

- Préférez-vous travailler **avec des personnes**, **avec des objets et des outils**, **avec des chiffres et des données**, ou **avec des idées** ?
- Aimez-vous plutôt **l’action et le mouvement** ou un travail **posé et concentré** ?
- Quelles tâches de vos expériences passées vous faisaient oublier l’heure ? Lesquelles vous épuisaient ?

Notez les cinq activités que vous aimez le plus et les cinq que vous voulez éviter. Cette liste vous servira de filtre pour explorer les métiers.

## Clarifier vos valeurs

Les valeurs sont ce à quoi vous tenez au travail. Parmi cette liste, choisissez les **cinq** qui comptent le plus pour vous, puis classez-les : utilité sociale, sécurité de l’emploi, niveau de rémunération, autonomie, travail en équipe, reconnaissance, créativité, équilibre avec la vie personnelle, contact avec la nature, responsabilités, variété des tâches.

Un métier qui heurte vos valeurs principales sera difficile à tenir dans la durée, même s’il recrute beaucoup.

## Regarder vos contraintes en face

Les contraintes ne sont pas des défauts : ce sont des **paramètres** à intégrer dès le départ, pour éviter les mauvaises surprises. Faites la liste :

- **Mobilité** : avez-vous le permis, un véhicule ? Quel temps de trajet acceptez-vous ?
- **Horaires** : pouvez-vous travailler tôt le matin, le soir, le week-end ?
- **Santé** : certaines tâches sont-elles déconseillées (port de charges, station debout prolongée) ?
- **Situation familiale** : garde d’enfants, proche à accompagner.
- **Ressources** : combien de temps pouvez-vous consacrer à une formation ? Quel revenu minimum vous faut-il ?

Distinguez les contraintes **fermes** (impossibles à changer) des contraintes **négociables** (un mode de garde peut s’organiser, un permis se passe).

## Exercice : votre carte d’identité professionnelle

Sur une page, résumez en quatre rubriques : mes cinq compétences fortes, mes cinq intérêts, mes trois valeurs prioritaires, mes contraintes fermes. Cette « carte » est votre boussole pour la semaine 2. Si vous avez du mal à la remplir seul, parlez-en à votre conseiller : un **bilan de compétences** ou un accompagnement par un psychologue du travail peuvent vous aider à aller plus loin.`,
        },
        {
          kind: 'quiz',
          title: 'Quiz de la semaine 1 — Faire le point sur soi',
          body: 'Vérifiez que vous avez retenu l’essentiel de la semaine : inventaire des compétences, intérêts, valeurs et contraintes. Il faut 75 % de bonnes réponses pour valider ; vous pouvez recommencer autant de fois que vous le souhaitez.',
          passMark: 75,
          maxAttempts: null,
          questions: [
            {
              kind: 'unique',
              prompt: 'Qu’est-ce qu’une compétence transférable ?',
              explanation:
                'Une compétence transférable est un savoir-faire ou un savoir-être que vous pouvez réutiliser dans un autre métier ou un autre secteur. C’est elle qui rend une reconversion possible.',
              choices: [
                {
                  label: 'Une compétence utilisable dans plusieurs métiers ou secteurs',
                  correct: true,
                  feedback: 'Exactement : par exemple « gérer un planning » sert aussi bien en secrétariat qu’en logistique ou dans l’animation.',
                },
                {
                  label: 'Une compétence attestée uniquement par un diplôme',
                  correct: false,
                  feedback: 'Non : une compétence peut être acquise par l’expérience, le bénévolat ou les loisirs, sans diplôme.',
                },
                {
                  label: 'Une compétence qu’un employeur transfère à un autre salarié',
                  correct: false,
                  feedback: 'Non : le mot « transférable » signifie que c’est vous qui pouvez la transposer d’un contexte à un autre.',
                },
              ],
            },
            {
              kind: 'multiple',
              prompt: 'Parmi ces expériences, lesquelles peuvent faire apparaître des compétences à valoriser ?',
              explanation:
                'Toutes les expériences où vous avez agi concrètement peuvent révéler des compétences : le travail salarié, mais aussi le bénévolat, la vie familiale ou les loisirs. Ce qui compte, c’est de décrire précisément ce que vous avez fait.',
              choices: [
                {
                  label: 'La trésorerie d’un club sportif',
                  correct: true,
                  feedback: 'Oui : tenir des comptes, préparer un budget et rendre compte aux adhérents sont de vraies compétences de gestion.',
                },
                {
                  label: 'Un job d’été de deux mois',
                  correct: true,
                  feedback: 'Oui : même courte, une expérience professionnelle montre des savoir-faire et des savoir-être.',
                },
                {
                  label: 'L’accompagnement quotidien d’un parent dépendant',
                  correct: true,
                  feedback: 'Oui : organisation, écoute, coordination avec des soignants… Ces compétences sont recherchées, notamment dans les services à la personne.',
                },
                {
                  label: 'Aucune, seules les expériences salariées comptent',
                  correct: false,
                  feedback: 'Non : les compétences acquises hors du travail sont légitimes et les recruteurs y sont de plus en plus attentifs.',
                },
              ],
            },
            {
              kind: 'unique',
              prompt: 'Pour décrire une expérience, quelle formulation est la plus utile ?',
              explanation:
                'Les verbes d’action décrivent des actions vérifiables. Ils permettent ensuite de regrouper vos actions en compétences et de les rapprocher des compétences demandées dans les fiches métiers.',
              choices: [
                {
                  label: '« Je suis polyvalent et dynamique »',
                  correct: false,
                  feedback: 'Trop vague : ces adjectifs ne disent pas ce que vous savez faire concrètement.',
                },
                {
                  label: '« J’accueillais les patients, je gérais le planning de trois médecins et je préparais les dossiers »',
                  correct: true,
                  feedback: 'Oui : des verbes d’action et des tâches précises, que l’on peut relier à des compétences.',
                },
                {
                  label: '« J’ai occupé un poste de secrétaire pendant quinze ans »',
                  correct: false,
                  feedback: 'C’est un intitulé de poste et une durée, pas une description de ce que vous faisiez.',
                },
              ],
            },
            {
              kind: 'multiple',
              prompt: 'Lesquelles de ces affirmations sur les contraintes sont justes ?',
              explanation:
                'Les contraintes sont des paramètres du projet, à identifier dès le départ. Certaines sont fermes, d’autres négociables : les distinguer permet de ne pas se fermer de portes inutilement.',
              choices: [
                {
                  label: 'Il vaut mieux les identifier dès le début du projet',
                  correct: true,
                  feedback: 'Oui : cela évite de construire un projet qui bute ensuite sur un horaire, un trajet ou un problème de santé.',
                },
                {
                  label: 'Certaines contraintes peuvent évoluer (un permis se passe, une garde s’organise)',
                  correct: true,
                  feedback: 'Oui : ce sont les contraintes négociables, sur lesquelles vous pouvez agir, parfois avec des aides.',
                },
                {
                  label: 'Il faut les cacher à son conseiller pour ne pas paraître moins motivé',
                  correct: false,
                  feedback: 'Au contraire : votre conseiller a besoin de les connaître pour vous proposer des pistes et des aides adaptées.',
                },
                {
                  label: 'Les contraintes rendent forcément un projet irréaliste',
                  correct: false,
                  feedback: 'Non : il s’agit de choisir un projet compatible avec elles, ou de trouver des solutions pour les lever.',
                },
              ],
            },
          ],
        },
      ],
    },
    // -------------------------------------------------------------------------------------------
    {
      title: 'Semaine 2 — Explorer les métiers',
      summary:
        'Avec votre carte d’identité professionnelle en main, partez à la découverte des métiers : lire une fiche métier du ROME, repérer les métiers proches, puis aller sur le terrain grâce aux enquêtes métier et à l’immersion professionnelle.',
      lessons: [
        {
          kind: 'texte',
          title: 'Lire une fiche métier du ROME et repérer les métiers proches',
          durationMinutes: 15,
          body: `## Le ROME, c’est quoi ?

Le **ROME** (Répertoire opérationnel des métiers et des emplois) est le référentiel utilisé par le service public de l’emploi pour décrire les métiers et rapprocher candidats et offres. Chaque métier y a une **fiche** identifiée par un code : une lettre pour le grand domaine, puis quatre chiffres. Par exemple, **J1501 – Soins d’hygiène, de confort du patient** regroupe notamment l’appellation « Aide-soignant / Aide-soignante », et **M1607 – Secrétariat** celle de secrétaire.

Une même fiche couvre plusieurs **appellations** (les intitulés utilisés par les employeurs). Quand vous vous inscrivez ou cherchez des offres, c’est souvent ce code qui sert à vous proposer les bonnes annonces : autant le connaître.

## Ce que contient une fiche

- **La définition** du métier : ses missions principales.
- **Les conditions d’accès** : diplômes ou certifications exigés ou conseillés, expérience demandée, permis, habilitations.
- **Les compétences** : savoirs et savoir-faire attendus, de base et spécifiques.
- **Les contextes et environnements de travail** : horaires, déplacements, types de structures (hôpital, entreprise, collectivité…).
- **Les mobilités** : les métiers proches, vers lesquels on peut évoluer avec peu ou pas de formation.

## Comment l’utiliser pour votre projet

1. **Cherchez trois à cinq métiers** qui correspondent à vos intérêts et valeurs (semaine 1). Notez leur code ROME.
2. **Comparez leurs compétences avec les vôtres** : surlignez en vert celles que vous avez déjà, en orange celles que vous avez en partie, en rouge celles qui vous manquent.
3. **Vérifiez les conditions d’accès** : un diplôme est-il obligatoire (c’est le cas de nombreux métiers de la santé, de la sécurité ou de la conduite) ?
4. **Regardez les mobilités** : un métier proche est peut-être plus accessible tout de suite et peut servir de tremplin.

## L’exemple de Sandrine

Sandrine compare la fiche « Secrétariat » et la fiche « Soins d’hygiène, de confort du patient ». Elle a déjà l’accueil des patients, la discrétion et le travail en équipe. Il lui manque les soins d’hygiène et de confort, et surtout le **diplôme d’État d’aide-soignant**, obligatoire pour exercer. Elle note aussi d’autres pistes plus proches de son expérience : **secrétaire médicale en service hospitalier**, **agente d’accueil en établissement de santé**.

## Exercice

Remplissez un tableau à trois colonnes pour vos métiers retenus : « compétences que j’ai », « compétences à développer », « conditions d’accès ». Gardez au moins **deux pistes** : une principale et une alternative. Vous les testerez sur le terrain dans la leçon suivante.`,
        },
        {
          kind: 'texte',
          title: 'Aller sur le terrain : enquêtes métier et immersion professionnelle',
          durationMinutes: 20,
          body: `## Pourquoi aller voir de près ?

Une fiche métier décrit le métier « sur le papier ». Pour savoir s’il vous plaît vraiment, rien ne remplace **l’échange avec ceux qui l’exercent** et, mieux encore, **quelques jours passés en situation**. C’est aussi le meilleur moyen de découvrir les réalités que les fiches ne disent pas : rythme, ambiance, fatigue, évolutions possibles.

## L’enquête métier

L’enquête métier est un **entretien d’information** de 20 à 30 minutes avec un professionnel. Vous ne demandez pas d’emploi : vous venez **vous renseigner**. C’est pourquoi la plupart des gens acceptent volontiers.

**Trouver des interlocuteurs** : votre entourage (famille, amis, anciens collègues), les réseaux professionnels en ligne, les associations professionnelles, les forums des métiers, ou directement une entreprise du secteur que vous appelez.

**Préparer vos questions** :

- Comment se déroule une journée type ?
- Qu’est-ce qui vous plaît le plus ? Qu’est-ce qui est le plus difficile ?
- Quelles qualités faut-il pour réussir dans ce métier ?
- Comment y êtes-vous arrivé ? Quelle formation conseillez-vous ?
- Les entreprises recrutent-elles dans la région ? Comment ?
- Pouvez-vous me conseiller une autre personne à rencontrer ?

**Après l’entretien** : remerciez votre interlocuteur par un court message et notez à chaud ce que vous avez appris. Visez **trois enquêtes** par métier envisagé pour croiser les points de vue.

## L’immersion professionnelle (PMSMP)

La **période de mise en situation en milieu professionnel** (PMSMP) permet de passer une courte période dans une entreprise ou une structure pour **découvrir un métier**, **confirmer un projet** ou **engager une démarche de recrutement**. Elle est proposée par votre conseiller (ou un autre organisme d’accompagnement), encadrée par une **convention** signée avec l’accueillant, et vous gardez votre statut : vous n’êtes pas rémunéré par l’entreprise, mais vous restez couvert. Sa durée est courte, de quelques jours à quelques semaines.

**Comment faire ?**

1. Repérez une structure qui accepterait de vous accueillir (une enquête métier peut déboucher sur une immersion).
2. Parlez-en à votre conseiller, qui prépare la convention avec vous et l’accueillant.
3. Fixez-vous des objectifs d’observation : tâches à observer, questions à poser, compétences à tester.
4. À la fin, faites le bilan avec votre tuteur dans l’entreprise.

## Exercice

Dressez la liste de cinq personnes à contacter pour une enquête métier et envoyez au moins deux demandes cette semaine. Pour Sandrine, deux entretiens avec des aides-soignantes ont confirmé son intérêt ; une immersion d’une semaine dans un établissement pour personnes âgées lui permettra de vérifier qu’elle supporte le rythme et les gestes de soins.`,
        },
        {
          kind: 'quiz',
          title: 'Quiz de la semaine 2 — Explorer les métiers',
          body: 'Testez vos connaissances sur le ROME, les enquêtes métier et l’immersion professionnelle. 75 % de bonnes réponses sont nécessaires ; vous pouvez réessayer sans limite.',
          passMark: 75,
          maxAttempts: null,
          questions: [
            {
              kind: 'unique',
              prompt: 'Que désigne le ROME ?',
              explanation:
                'Le ROME est le Répertoire opérationnel des métiers et des emplois. Chaque fiche, identifiée par un code, décrit un métier, ses compétences, ses conditions d’accès et les métiers proches.',
              choices: [
                {
                  label: 'Le Répertoire opérationnel des métiers et des emplois',
                  correct: true,
                  feedback: 'Oui : c’est le référentiel des métiers utilisé pour décrire les profils des candidats et les offres d’emploi.',
                },
                {
                  label: 'Un registre officiel des entreprises qui recrutent',
                  correct: false,
                  feedback: 'Non : le ROME décrit des métiers, pas des entreprises.',
                },
                {
                  label: 'Le relevé des formations éligibles au CPF',
                  correct: false,
                  feedback: 'Non : les formations certifiantes relèvent d’autres répertoires ; le ROME décrit les métiers.',
                },
              ],
            },
            {
              kind: 'multiple',
              prompt: 'Quelles informations trouve-t-on dans une fiche métier du ROME ?',
              explanation:
                'Une fiche ROME présente la définition du métier, les conditions d’accès, les compétences, les contextes de travail et les mobilités vers des métiers proches. Elle ne donne pas la liste des offres ni les coordonnées d’employeurs.',
              choices: [
                {
                  label: 'Les conditions d’accès (diplômes, expérience, permis)',
                  correct: true,
                  feedback: 'Oui : c’est essentiel pour savoir si une formation est nécessaire.',
                },
                {
                  label: 'Les métiers proches vers lesquels évoluer',
                  correct: true,
                  feedback: 'Oui : la rubrique des mobilités aide à trouver des pistes alternatives ou des tremplins.',
                },
                {
                  label: 'Les compétences attendues',
                  correct: true,
                  feedback: 'Oui : vous pouvez les comparer avec votre inventaire de la semaine 1.',
                },
                {
                  label: 'Les coordonnées des recruteurs de votre région',
                  correct: false,
                  feedback: 'Non : la fiche décrit le métier, elle ne liste pas d’employeurs.',
                },
              ],
            },
            {
              kind: 'unique',
              prompt: 'Lors d’une enquête métier, quelle attitude adopter ?',
              explanation:
                'L’enquête métier est un entretien d’information : vous venez apprendre, pas solliciter un poste. Cette posture met votre interlocuteur à l’aise et favorise un échange sincère, qui peut ensuite ouvrir des portes.',
              choices: [
                {
                  label: 'Donner votre CV dès le début et demander s’il y a un poste',
                  correct: false,
                  feedback: 'Non : cela transforme l’échange en demande d’emploi et met votre interlocuteur mal à l’aise.',
                },
                {
                  label: 'Poser des questions préparées sur la réalité du métier et écouter',
                  correct: true,
                  feedback: 'Oui : c’est le but de l’enquête. Vous pouvez ensuite demander qui d’autre rencontrer.',
                },
                {
                  label: 'Improviser pour que l’échange reste naturel',
                  correct: false,
                  feedback: 'Une conversation naturelle, oui, mais préparée : sans questions, vous risquez de passer à côté de l’essentiel.',
                },
              ],
            },
            {
              kind: 'multiple',
              prompt: 'Quelles affirmations sur l’immersion professionnelle (PMSMP) sont justes ?',
              explanation:
                'La PMSMP permet de découvrir un métier, de confirmer un projet ou d’engager un recrutement. Elle est courte, encadrée par une convention et proposée par votre conseiller ou un organisme d’accompagnement ; l’entreprise ne vous rémunère pas.',
              choices: [
                {
                  label: 'Elle sert à vérifier en situation réelle qu’un métier vous convient',
                  correct: true,
                  feedback: 'Oui : c’est l’un de ses objectifs principaux, avec la découverte d’un métier et l’amorce d’un recrutement.',
                },
                {
                  label: 'Elle est encadrée par une convention préparée avec votre conseiller',
                  correct: true,
                  feedback: 'Oui : la convention fixe les objectifs, la durée et le tuteur dans la structure d’accueil.',
                },
                {
                  label: 'L’entreprise d’accueil vous verse un salaire',
                  correct: false,
                  feedback: 'Non : vous gardez votre statut et vos droits, mais l’accueillant ne vous rémunère pas.',
                },
                {
                  label: 'Elle dure obligatoirement six mois',
                  correct: false,
                  feedback: 'Non : c’est une période courte, de quelques jours à quelques semaines.',
                },
              ],
            },
          ],
        },
      ],
    },
    // -------------------------------------------------------------------------------------------
    {
      title: 'Semaine 3 — Confronter son projet au marché',
      summary:
        'Un projet réaliste, c’est un métier qui vous plaît, qui recrute là où vous pouvez travailler, et auquel vous pouvez accéder. Cette semaine, vous vérifiez les offres et les salaires, puis les formations nécessaires et leurs financements.',
      lessons: [
        {
          kind: 'texte',
          title: 'Le métier recrute-t-il près de chez vous ? Offres, tensions et salaires',
          durationMinutes: 20,
          body: `## Les trois questions à se poser

Un projet peut être séduisant et pourtant difficile à concrétiser. Avant d’investir du temps dans une formation ou une recherche, vérifiez trois points :

1. **Y a-t-il des offres** pour ce métier dans votre zone de mobilité ?
2. **Quelles sont les conditions proposées** : types de contrats, horaires, salaires ?
3. **Les employeurs peinent-ils à recruter**, ou au contraire les candidats sont-ils nombreux ?

## Analyser les offres d’emploi

Faites une recherche par métier (ou par code ROME) sur les principaux sites d’offres, dans votre rayon de déplacement. Relevez **une vingtaine d’annonces** dans un tableau :

- le **nombre d’offres** publiées sur un mois ;
- le **type de contrat** : CDI, CDD, intérim, temps partiel ;
- les **exigences** : diplôme, expérience, permis, disponibilités ;
- le **salaire** affiché, quand il l’est ;
- les **compétences** qui reviennent le plus souvent.

Les mots qui reviennent d’une annonce à l’autre sont précieux : ce sont eux que vous mettrez en avant dans votre CV.

## Repérer les métiers en tension

Certains métiers manquent de candidats dans certaines régions. L’enquête annuelle **« Besoins en main-d’œuvre » (BMO)** recense les intentions d’embauche des employeurs par métier et par bassin d’emploi, avec la part de recrutements jugés difficiles. Votre conseiller et les chargés de relations entreprises connaissent aussi très bien le tissu local : demandez-leur quels métiers recrutent près de chez vous.

Attention : un métier en tension recrute plus facilement, mais la tension s’explique parfois par des **conditions de travail exigeantes** (horaires décalés, pénibilité). Vérifiez qu’elles sont compatibles avec vos contraintes de la semaine 1.

## Se faire une idée des salaires

- Consultez les **salaires affichés** dans les offres et calculez une fourchette.
- Posez la question lors de vos **enquêtes métier** : « Quel est le salaire d’un débutant ? Et après quelques années ? »
- Renseignez-vous sur la **convention collective** du secteur : elle fixe souvent des minimums par niveau de poste.
- Distinguez toujours le salaire **brut** du salaire **net**, et tenez compte des primes et des horaires.

Comparez cette fourchette au **revenu minimum** dont vous avez besoin : c’est un critère de faisabilité à part entière.

## Exercice

Pour chacune de vos deux pistes, remplissez une fiche « marché » : nombre d’offres sur un mois dans votre zone, contrats proposés, fourchette de salaire, trois compétences les plus demandées, difficultés de recrutement. Sandrine découvre ainsi que les offres d’aide-soignant sont nombreuses dans son département, souvent en horaires décalés, et qu’elle peut s’organiser pour les accepter.`,
        },
        {
          kind: 'texte',
          title: 'Se former : conditions d’accès et financements',
          durationMinutes: 20,
          body: `## Faut-il vraiment une formation ?

Reprenez votre tableau de compétences de la semaine 2. Trois situations sont possibles :

- **Vous avez déjà l’essentiel** : vous pouvez candidater tout de suite, éventuellement après un court module d’adaptation.
- **Il vous manque quelques compétences** : une formation courte, une immersion ou une période d’adaptation en entreprise peuvent suffire.
- **Le métier exige un diplôme ou une certification** (c’est le cas de nombreux métiers de la santé, du transport, de la sécurité ou de l’électricité) : la formation est incontournable.

## Choisir une formation

Pour comparer les formations, vérifiez :

- qu’elle mène à une **certification reconnue**, enregistrée dans un répertoire national (c’est une garantie de sérieux, et souvent une condition de financement) ;
- sa **durée**, son **rythme** (temps plein, alternance, à distance) et son **lieu** ;
- les **conditions d’entrée** : prérequis, tests de sélection, dossier, délais d’inscription ;
- le **taux d’insertion** des anciens stagiaires, si l’organisme le communique ;
- les **dates de session** : certaines formations n’ouvrent qu’une ou deux fois par an.

## Les principaux financements

- **Le Compte personnel de formation (CPF)** : chaque personne ayant travaillé accumule des droits à formation, utilisables pour des formations certifiantes. Vous consultez votre solde et les formations éligibles sur le service en ligne **Mon Compte Formation**.
- **Les aides du service public de l’emploi et de la Région** : pour les demandeurs d’emploi, des formations sont achetées ou financées en tout ou partie. Votre conseiller vous indique celles qui correspondent à votre projet.
- **Les formations préalables à l’embauche** : un employeur qui recrute peut, avec l’appui du service public de l’emploi, vous former avant votre prise de poste.
- **L’alternance** (contrat d’apprentissage ou de professionnalisation) : vous êtes salarié et formé en même temps.

Les conditions de ces dispositifs évoluent : faites toujours vérifier votre situation par votre conseiller avant de vous engager.

## Deux autres ressources à connaître

- **Le bilan de compétences** : un accompagnement par un professionnel pour analyser vos compétences, aptitudes et motivations, et définir un projet. Il peut être financé par le CPF.
- **La validation des acquis de l’expérience (VAE)** : elle permet d’obtenir tout ou partie d’une certification grâce à votre expérience, sans suivre toute la formation.

## Exercice

Pour votre piste principale, listez deux ou trois formations possibles avec leur durée, leurs conditions d’entrée et les financements envisageables. Sandrine repère une formation au diplôme d’État d’aide-soignant, avec une sélection sur dossier et entretien ; elle vérifie son solde CPF et prend rendez-vous avec son conseiller pour étudier le financement du reste.`,
        },
        {
          kind: 'quiz',
          title: 'Quiz de la semaine 3 — Confronter son projet au marché',
          body: 'Vérifiez que vous savez évaluer la faisabilité d’un projet : offres, salaires, formations et financements. Il faut 75 % de bonnes réponses ; les tentatives sont illimitées.',
          passMark: 75,
          maxAttempts: null,
          questions: [
            {
              kind: 'multiple',
              prompt: 'Quels éléments relever dans les offres d’emploi pour évaluer votre projet ?',
              explanation:
                'L’analyse d’une vingtaine d’offres donne une image concrète du marché : volume, contrats, exigences, salaires et compétences demandées. La longueur des annonces n’apporte rien.',
              choices: [
                {
                  label: 'Les types de contrats proposés',
                  correct: true,
                  feedback: 'Oui : CDI, CDD, intérim ou temps partiel, cela change beaucoup la réalité du projet.',
                },
                {
                  label: 'Les compétences qui reviennent d’une annonce à l’autre',
                  correct: true,
                  feedback: 'Oui : ce sont les attentes réelles des employeurs, à mettre en avant dans votre candidature.',
                },
                {
                  label: 'Les salaires affichés',
                  correct: true,
                  feedback: 'Oui : ils permettent de construire une fourchette à comparer avec vos besoins.',
                },
                {
                  label: 'La longueur des annonces',
                  correct: false,
                  feedback: 'Non : la longueur d’une annonce ne dit rien sur le marché du métier.',
                },
              ],
            },
            {
              kind: 'unique',
              prompt: 'Un métier est « en tension » dans votre région. Qu’en conclure ?',
              explanation:
                'Un métier en tension manque de candidats : c’est une opportunité, mais il faut comprendre pourquoi. Les difficultés de recrutement tiennent parfois aux conditions de travail, à vérifier au regard de vos contraintes.',
              choices: [
                {
                  label: 'Que vous serez embauché quelles que soient vos contraintes',
                  correct: false,
                  feedback: 'Non : les exigences du poste (diplôme, horaires) restent à respecter.',
                },
                {
                  label: 'Que les employeurs peinent à recruter, et qu’il faut comprendre pourquoi',
                  correct: true,
                  feedback: 'Oui : c’est une opportunité, à condition que les conditions de travail vous conviennent.',
                },
                {
                  label: 'Qu’il vaut mieux éviter ce métier',
                  correct: false,
                  feedback: 'Non : un métier en tension offre au contraire de bonnes chances d’embauche.',
                },
              ],
            },
            {
              kind: 'unique',
              prompt: 'À quoi sert le Compte personnel de formation (CPF) ?',
              explanation:
                'Le CPF permet à toute personne ayant travaillé de mobiliser des droits acquis pour financer des formations éligibles, le plus souvent certifiantes, ou un bilan de compétences.',
              choices: [
                {
                  label: 'À financer des formations éligibles grâce aux droits acquis en travaillant',
                  correct: true,
                  feedback: 'Oui : vous consultez vos droits et les formations éligibles sur le service Mon Compte Formation.',
                },
                {
                  label: 'À percevoir une allocation pendant la recherche d’emploi',
                  correct: false,
                  feedback: 'Non : le CPF finance des formations, pas un revenu de remplacement.',
                },
                {
                  label: 'À enregistrer ses candidatures en ligne',
                  correct: false,
                  feedback: 'Non : le CPF concerne uniquement la formation.',
                },
              ],
            },
            {
              kind: 'multiple',
              prompt: 'Quelles affirmations sur la VAE et le bilan de compétences sont justes ?',
              explanation:
                'La VAE permet d’obtenir tout ou partie d’une certification grâce à l’expérience. Le bilan de compétences aide à analyser ses compétences et motivations pour définir un projet ; il peut être financé par le CPF.',
              choices: [
                {
                  label: 'La VAE permet d’obtenir une certification grâce à son expérience',
                  correct: true,
                  feedback: 'Oui : l’expérience est évaluée au regard du référentiel de la certification visée.',
                },
                {
                  label: 'Le bilan de compétences peut être financé par le CPF',
                  correct: true,
                  feedback: 'Oui : c’est l’une des actions éligibles au Compte personnel de formation.',
                },
                {
                  label: 'Le bilan de compétences est réservé aux cadres',
                  correct: false,
                  feedback: 'Non : il est ouvert aux salariés comme aux demandeurs d’emploi, quel que soit leur niveau.',
                },
                {
                  label: 'La VAE oblige à suivre l’intégralité de la formation',
                  correct: false,
                  feedback: 'Non : c’est justement son intérêt, elle valide des acquis sans refaire toute la formation.',
                },
              ],
            },
          ],
        },
      ],
    },
    // -------------------------------------------------------------------------------------------
    {
      title: 'Semaine 4 — Bâtir son plan d’action',
      summary:
        'Votre projet est exploré et vérifié : il reste à le transformer en actions concrètes. Vous fixez des objectifs et des étapes datées, prévoyez un plan B, puis préparez la présentation de votre projet à votre conseiller et à votre entourage.',
      lessons: [
        {
          kind: 'texte',
          title: 'Fixer des objectifs, des étapes et un calendrier',
          durationMinutes: 20,
          body: `## D’un projet à un plan

Un projet reste une intention tant qu’il n’est pas découpé en **étapes concrètes et datées**. Le plan d’action répond à quatre questions : **quoi** faire, **comment**, **avec qui**, et **pour quand**. Il vous permet d’avancer sans vous disperser et de mesurer vos progrès.

## Formuler un objectif clair

Un bon objectif est **précis, mesurable, réaliste et daté**. Comparez :

- « Je veux travailler dans le soin » : trop vague.
- « Je veux entrer en formation d’aide-soignante à la rentrée prochaine, dans un institut à moins de 40 minutes de chez moi » : précis, vérifiable, daté.

Formulez **un objectif principal** (le métier visé et l’échéance), puis **des objectifs intermédiaires** : réussir la sélection, obtenir un financement, trouver un emploi en attendant.

## Découper en étapes

Listez toutes les actions nécessaires, puis classez-les dans l’ordre. Pour chaque étape, notez :

| Étape | Action concrète | Ressource ou personne | Échéance |
|---|---|---|---|
| Confirmer le métier | Immersion d’une semaine en établissement | Conseiller, tuteur | Fin du mois |
| Préparer la sélection | Constituer le dossier, s’entraîner à l’entretien | Institut de formation | Dans 6 semaines |
| Financer | Vérifier le CPF, étudier les aides | Conseiller | Avant l’inscription |
| Organiser | Trouver une solution de garde | Famille, mairie | Avant l’entrée en formation |

Commencez par les actions **à votre portée cette semaine** : un appel, une inscription, un rendez-vous. Un petit pas réalisé vaut mieux qu’un grand pas remis à plus tard.

## Prévoir un plan B

Un plan B n’est pas un renoncement : c’est une **sécurité**. Si la sélection n’aboutit pas cette année, ou si le financement tarde, que ferez-vous ? Votre seconde piste de la semaine 2 ou un **métier proche** peut vous permettre de travailler tout en vous rapprochant de votre objectif. Sandrine prévoit ainsi de postuler comme agente de service hospitalier ou secrétaire en établissement de santé : elle découvrira le milieu et renforcera son dossier.

## Identifier les obstacles et les soutiens

Pour chaque étape, demandez-vous : qu’est-ce qui pourrait bloquer ? Qui peut m’aider ? Les soutiens peuvent être votre conseiller, un proche, un ancien collègue, une association, un groupe de participants à ce MOOC.

## Exercice

Rédigez votre plan d’action sur une page : objectif principal, cinq à huit étapes datées, un plan B, les obstacles prévisibles et vos soutiens. Affichez-le là où vous le verrez chaque jour, et cochez chaque étape réalisée.`,
        },
        {
          kind: 'texte',
          title: 'Présenter son projet et le partager avec son conseiller',
          durationMinutes: 15,
          body: `## Savoir présenter son projet en deux minutes

Vous aurez à présenter votre projet à votre conseiller, à un jury de sélection, à un employeur, à vos proches. Une présentation courte et structurée montre que votre projet est **réfléchi** et **réaliste**. Elle tient en quatre temps :

1. **D’où je viens** : mon parcours et mes compétences principales, en deux phrases.
2. **Où je veux aller** : le métier visé et pourquoi il me correspond (intérêts, valeurs).
3. **Ce que j’ai vérifié** : enquêtes métier, immersion, offres, conditions d’accès.
4. **Comment j’y vais** : les prochaines étapes et le calendrier.

## Un exemple

« J’ai été secrétaire médicale pendant quinze ans : j’ai l’habitude d’accueillir des patients, de travailler en équipe avec des soignants et de respecter la confidentialité. Je souhaite devenir aide-soignante, parce que je veux être davantage dans le soin et le contact humain. J’ai rencontré trois aides-soignantes et fait une immersion d’une semaine en établissement, qui m’a confortée dans ce choix. Les offres sont nombreuses dans mon département. Je prépare la sélection pour la prochaine rentrée et j’étudie le financement avec mon CPF. »

Entraînez-vous à voix haute, chronométrez-vous, puis testez votre présentation auprès d’un proche.

## Préparer le rendez-vous avec votre conseiller

Votre conseiller est votre **partenaire** : il connaît les dispositifs, les formations financées, les employeurs qui recrutent. Pour tirer le meilleur du rendez-vous :

- **apportez votre plan d’action** écrit, vos fiches métiers et vos fiches « marché » ;
- **préparez vos questions** : quelles formations sont financées pour mon projet ? Puis-je faire une immersion ? Quelles aides pour la mobilité ou la garde d’enfants ?
- **soyez transparent** sur vos contraintes et vos doutes : c’est ainsi qu’il pourra vous orienter ;
- **notez les décisions prises** et les prochaines échéances.

Votre projet pourra ainsi être pris en compte dans votre accompagnement et guider les offres qui vous sont proposées.

## Faire vivre le projet

Un projet professionnel n’est pas figé. Faites un **point régulier**, par exemple toutes les deux semaines : qu’ai-je réalisé ? Qu’est-ce qui bloque ? Faut-il ajuster ? Une information nouvelle (une formation complète, un recrutement local) peut vous amener à passer au plan B : ce n’est pas un échec, c’est de l’adaptation.

## Exercice final

Rédigez votre présentation en quatre temps, enregistrez-vous une fois, puis prenez rendez-vous avec votre conseiller pour lui présenter votre plan d’action. Si vous le souhaitez, partagez votre projet sur le forum du MOOC : les retours des autres participants sont souvent précieux.`,
        },
        {
          kind: 'quiz',
          title: 'Quiz final — Bâtir son plan d’action',
          body: 'Ce quiz final valide le MOOC. Il faut 75 % de bonnes réponses ; vous disposez de trois tentatives, prenez le temps de relire les leçons de la semaine si besoin.',
          passMark: 75,
          maxAttempts: 3,
          questions: [
            {
              kind: 'unique',
              prompt: 'Lequel de ces objectifs est le mieux formulé ?',
              explanation:
                'Un objectif utile est précis, mesurable, réaliste et daté. C’est ce qui permet de le découper en étapes et de savoir s’il est atteint.',
              choices: [
                {
                  label: '« Trouver un travail qui me plaît »',
                  correct: false,
                  feedback: 'Trop vague : ni métier, ni échéance, ni critère pour savoir si l’objectif est atteint.',
                },
                {
                  label: '« Entrer en formation d’aide-soignante à la rentrée prochaine, à moins de 40 minutes de chez moi »',
                  correct: true,
                  feedback: 'Oui : le métier, le moyen, le lieu et l’échéance sont précisés.',
                },
                {
                  label: '« Changer de vie le plus vite possible »',
                  correct: false,
                  feedback: 'C’est une envie légitime, mais pas un objectif : rien n’indique quoi faire concrètement.',
                },
              ],
            },
            {
              kind: 'multiple',
              prompt: 'Que doit contenir un plan d’action ?',
              explanation:
                'Un plan d’action rassemble l’objectif principal, des étapes concrètes et datées, les ressources mobilisées, un plan B et les obstacles prévisibles avec les soutiens possibles.',
              choices: [
                {
                  label: 'Des étapes datées',
                  correct: true,
                  feedback: 'Oui : sans échéance, une étape risque d’être sans cesse repoussée.',
                },
                {
                  label: 'Un plan B',
                  correct: true,
                  feedback: 'Oui : il vous permet de rebondir si une étape n’aboutit pas.',
                },
                {
                  label: 'Les personnes et ressources qui peuvent vous aider',
                  correct: true,
                  feedback: 'Oui : conseiller, proches, organismes… Savoir sur qui compter fait avancer plus vite.',
                },
                {
                  label: 'La liste de tous les métiers écartés depuis la semaine 1',
                  correct: false,
                  feedback: 'Non : le plan d’action regarde vers l’avant, il n’a pas besoin de cette liste.',
                },
              ],
            },
            {
              kind: 'unique',
              prompt: 'Passer à son plan B, c’est…',
              explanation:
                'Le plan B est une sécurité prévue à l’avance. L’utiliser, c’est s’adapter à une information nouvelle ou à un contretemps, souvent en restant sur le chemin de l’objectif principal.',
              choices: [
                {
                  label: 'Un échec du projet',
                  correct: false,
                  feedback: 'Non : c’est une adaptation prévue, pas un échec.',
                },
                {
                  label: 'Une adaptation, qui peut même rapprocher de l’objectif principal',
                  correct: true,
                  feedback: 'Oui : un métier proche permet par exemple de travailler tout en renforçant son dossier.',
                },
                {
                  label: 'Une solution à ne jamais envisager avant d’avoir tout essayé',
                  correct: false,
                  feedback: 'Non : le plan B se prépare dès le départ, pour pouvoir l’activer sans perdre de temps.',
                },
              ],
            },
            {
              kind: 'multiple',
              prompt: 'Pour préparer un rendez-vous avec votre conseiller, que faire ?',
              explanation:
                'Un rendez-vous préparé est plus utile : apportez vos documents, vos questions et parlez franchement de vos contraintes et de vos doutes. Notez ensuite les décisions et les échéances.',
              choices: [
                {
                  label: 'Apporter votre plan d’action écrit',
                  correct: true,
                  feedback: 'Oui : il permet d’aller droit à l’essentiel et de travailler sur du concret.',
                },
                {
                  label: 'Préparer vos questions sur les formations et les aides',
                  correct: true,
                  feedback: 'Oui : votre conseiller connaît les dispositifs, profitez-en.',
                },
                {
                  label: 'Taire vos doutes pour paraître sûr de vous',
                  correct: false,
                  feedback: 'Non : vos doutes sont des informations utiles pour ajuster le projet ensemble.',
                },
                {
                  label: 'Noter les décisions prises et les prochaines échéances',
                  correct: true,
                  feedback: 'Oui : c’est la base du suivi de votre plan d’action.',
                },
              ],
            },
            {
              kind: 'unique',
              prompt: 'Dans la présentation de votre projet en deux minutes, que mettre en avant ?',
              explanation:
                'Une présentation convaincante suit un fil : votre parcours, le métier visé et pourquoi, ce que vous avez vérifié, et les prochaines étapes. Elle montre un projet réfléchi et réaliste.',
              choices: [
                {
                  label: 'Le détail de chacun de vos emplois, dans l’ordre chronologique',
                  correct: false,
                  feedback: 'Non : en deux minutes, retenez seulement les compétences utiles pour le projet.',
                },
                {
                  label: 'Votre parcours en bref, le métier visé, ce que vous avez vérifié et vos prochaines étapes',
                  correct: true,
                  feedback: 'Oui : ce sont les quatre temps d’une présentation claire.',
                },
                {
                  label: 'Uniquement votre motivation, sans parler du concret',
                  correct: false,
                  feedback: 'La motivation compte, mais sans éléments vérifiés et sans étapes, le projet paraît fragile.',
                },
              ],
            },
          ],
        },
      ],
    },
  ],
};
