import type { Db } from '../../../platform/db/database.js';
import { findPublishedServiceReferences } from '../../catalogue/index.js';
import { findLessonReferences, type LessonKey } from '../../moocs/index.js';
import type { CompetencyId, DebriefRecommendation } from '../engine/scenario.types.js';

/**
 * What each resource key of the engine's debrief points to: lessons of the MOOC « Réussir
 * l'entretien d'embauche » (by their titles) and Store services (by their slugs), all from the demo
 * content. A key whose lessons or services are not published is shown without them.
 */
const INTERVIEW_MOOC = 'reussir-l-entretien-d-embauche';
const lesson = (lessonTitle: string): LessonKey => ({ courseSlug: INTERVIEW_MOOC, lessonTitle });

export interface ResourceTarget {
  lessons: LessonKey[];
  services: string[];
}

export const RESOURCE_TARGETS: Readonly<Record<string, ResourceTarget>> = {
  'competence.presentation': {
    lessons: [lesson('« Présentez-vous » : votre pitch en deux minutes'), lesson('Gérer le stress, soigner le non-verbal et poser ses questions')],
    services: ['entretien-coach'],
  },
  'competence.motivation': {
    lessons: [lesson('Répondre aux questions classiques sur les compétences et la motivation')],
    services: ['construire-son-projet-professionnel'],
  },
  'competence.connaissance_entreprise': {
    lessons: [lesson('Se renseigner sur l’entreprise et décrypter l’offre')],
    services: ['explorateur-des-metiers'],
  },
  'competence.savoir_etre': {
    lessons: [lesson('Gérer le stress, soigner le non-verbal et poser ses questions'), lesson('Après l’entretien : remercier, relancer et progresser')],
    services: ['entretien-coach'],
  },
  'competence.argumentation': {
    lessons: [lesson('La méthode STAR pour raconter ses expériences'), lesson('Défauts, échecs et trous dans le parcours')],
    services: ['reussir-l-entretien-d-embauche'],
  },
  'metier.vente': { lessons: [], services: ['un-jour-en-magasin'] },
  'metier.restauration': { lessons: [], services: ['service-en-salle-les-gestes-pro', 'hygiene-alimentaire-en-ligne'] },
  'metier.assistanat': { lessons: [], services: ['bureautique-essentielle'] },
  'entretien.telephone': { lessons: [lesson('Réussir un entretien par téléphone ou en visioconférence')], services: [] },
  'entretien.questions-difficiles': { lessons: [lesson('Défauts, échecs et trous dans le parcours'), lesson('Parler salaire et faire face aux questions interdites')], services: [] },
};

export interface ResourceLink {
  kind: 'lecon' | 'service';
  label: string;
  /** Where it comes from: « MOOC « Réussir l'entretien d'embauche », semaine 2 », or the service's pitch. */
  detail: string;
  href: string;
}

export interface CompetencyResources {
  competency: CompetencyId;
  label: string;
  links: ResourceLink[];
}

/** The debrief's recommendations with their links, each lesson and service once per competency. */
export async function resolveRecommendations(db: Db, recommendations: readonly DebriefRecommendation[]): Promise<CompetencyResources[]> {
  const targets = recommendations.map((recommendation) => recommendation.resourceKeys.flatMap((key) => (Object.hasOwn(RESOURCE_TARGETS, key) ? [RESOURCE_TARGETS[key]!] : [])));
  const allLessons = targets.flat().flatMap((target) => target.lessons);
  const allServices = targets.flat().flatMap((target) => target.services);
  const [lessons, services] = await Promise.all([findLessonReferences(db, allLessons), findPublishedServiceReferences(db, allServices)]);
  return recommendations.map((recommendation, index) => {
    const seen = new Set<string>();
    const links: ResourceLink[] = [];
    for (const target of targets[index]!) {
      for (const key of target.lessons) {
        const found = lessons.find((item) => item.courseSlug === key.courseSlug && item.lessonTitle === key.lessonTitle);
        if (found && !seen.has(found.href + found.lessonTitle)) {
          seen.add(found.href + found.lessonTitle);
          links.push({ kind: 'lecon', label: found.lessonTitle, detail: `Leçon du MOOC « ${found.courseName} », semaine ${found.weekPosition}`, href: found.href });
        }
      }
      for (const slug of target.services) {
        const found = services.find((item) => item.slug === slug);
        if (found && !seen.has(found.href)) {
          seen.add(found.href);
          links.push({ kind: 'service', label: found.name, detail: found.pitch, href: found.href });
        }
      }
    }
    return { competency: recommendation.competency, label: recommendation.label, links };
  });
}
