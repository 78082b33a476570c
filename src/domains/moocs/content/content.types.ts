/**
 * The demo content of the four launch MOOCs, written for this project. Each course completes a
 * catalogue service of type « mooc » (its name, pitch and description stay in the catalogue).
 */
export interface CourseContent {
  /** The slug of the catalogue service this course is (see catalogue/demo/services.data.ts). */
  serviceSlug: string;
  /** What the learner will be able to do, one sentence each. */
  objectives: string[];
  audienceText: string;
  prerequisites: string;
  /** e.g. « 2 à 3 heures par semaine pendant 4 semaines ». */
  effortText: string;
  instructors: InstructorContent[];
  weeks: WeekContent[];
}

export interface InstructorContent {
  name: string;
  /** e.g. « Conseillère à l’emploi, agence de Lille ». */
  title: string;
  bio: string;
  kind: 'interne' | 'externe';
}

export interface WeekContent {
  title: string;
  summary: string;
  lessons: LessonContent[];
}

export type LessonContent = TextLessonContent | QuizLessonContent;

export interface TextLessonContent {
  kind: 'texte';
  title: string;
  durationMinutes: number;
  /** Markdown (headings from ##, lists, bold, links). */
  body: string;
}

export interface QuizLessonContent {
  kind: 'quiz';
  title: string;
  /** Markdown introduction shown above the questions. */
  body: string;
  /** Score in % needed to pass (e.g. 75). */
  passMark: number;
  /** null: unlimited retries. */
  maxAttempts: number | null;
  questions: QuestionContent[];
}

export interface QuestionContent {
  /** 'unique': exactly one correct choice (radio buttons); 'multiple': one or more (checkboxes). */
  kind: 'unique' | 'multiple';
  prompt: string;
  /** Shown after answering, whatever the answer. */
  explanation: string;
  choices: ChoiceContent[];
}

export interface ChoiceContent {
  label: string;
  correct: boolean;
  /** Why this choice is right or wrong, shown when the learner picked it. */
  feedback: string;
}
