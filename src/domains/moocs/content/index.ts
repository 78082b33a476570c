import { course as construireSonProjet } from './construire-son-projet-professionnel.js';
import type { CourseContent } from './content.types.js';
import { course as organiserSaRecherche } from './organiser-sa-recherche-d-emploi.js';
import { course as reussirLEntretien } from './reussir-l-entretien-d-embauche.js';
import { course as reussirSonCv } from './reussir-son-cv-et-sa-lettre-de-candidature.js';

export type { ChoiceContent, CourseContent, InstructorContent, LessonContent, QuestionContent, QuizLessonContent, TextLessonContent, WeekContent } from './content.types.js';

/** The four launch MOOCs, in catalogue order. */
export const demoCourses: readonly CourseContent[] = [construireSonProjet, organiserSaRecherche, reussirSonCv, reussirLEntretien];
