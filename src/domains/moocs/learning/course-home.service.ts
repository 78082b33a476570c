import type { Db } from '../../../platform/db/database.js';
import type { WeekOutline } from '../courses.repository.js';
import { weekIsOpen, weekOpensAt } from '../session-state.js';
import type { CourseHome } from './course-home.js';
import { computeProgress, type LessonProgress, type Progress } from './progress.js';

export type LessonStatus = 'vue' | 'quiz-reussi' | 'a-faire';

export const LESSON_STATUS_LABELS: Record<LessonStatus, string> = { vue: 'Vue', 'quiz-reussi': 'Quiz réussi', 'a-faire': 'À faire' };

export function lessonStatus(item: LessonProgress | undefined): LessonStatus {
  if (!item) return 'a-faire';
  if (item.kind === 'quiz') return item.passed ? 'quiz-reussi' : 'a-faire';
  return item.seen ? 'vue' : 'a-faire';
}

/** Nothing done: what a preview (instructor, administrator) shows. */
export function emptyProgress(outline: WeekOutline[]): Progress {
  const weeks = outline.map((week) => {
    const lessons = week.lessons.map((lesson) => ({
      lessonId: lesson.id,
      weekId: week.id,
      position: lesson.position,
      kind: lesson.kind,
      title: lesson.title,
      seen: false,
      passed: lesson.kind === 'quiz' ? false : null,
      bestScore: null,
      attempts: 0,
      done: false,
    }));
    return { weekId: week.id, position: week.position, title: week.title, lessons, done: 0, total: lessons.length, percent: 0 };
  });
  const total = weeks.reduce((sum, week) => sum + week.total, 0);
  return { enrolmentId: 0, weeks, done: 0, total, percent: 0, complete: false, completedAt: null };
}

export async function progressOf(db: Db, home: CourseHome): Promise<Progress> {
  return home.enrolment ? computeProgress(db, home.enrolment.id) : emptyProgress(home.outline);
}

export interface WeekAccess {
  open: boolean;
  opensAt: Date | null;
}

export function weekAccess(home: Pick<CourseHome, 'session' | 'now'>, position: number): WeekAccess {
  return { open: weekIsOpen(home.session, position, home.now), opensAt: weekOpensAt(home.session, position) };
}

/** Where to resume: the last lesson visited (if open), else the first open lesson not done, else the first open one. */
export function resumeLessonId(home: CourseHome, progress: Progress): number | null {
  const open = home.outline.filter((week) => weekAccess(home, week.position).open).flatMap((week) => week.lessons);
  if (!open.length) return null;
  const last = home.enrolment?.last_lesson_id;
  if (last && open.some((lesson) => lesson.id === last)) return last;
  const done = new Set(progress.weeks.flatMap((week) => week.lessons).filter((lesson) => lesson.done).map((lesson) => lesson.lessonId));
  return (open.find((lesson) => !done.has(lesson.id)) ?? open[0]!).id;
}

/** The lesson before and after one, in course order. */
export function neighbours(outline: WeekOutline[], lessonId: number) {
  const all = outline.flatMap((week) => week.lessons.map((lesson) => ({ ...lesson, weekPosition: week.position })));
  const index = all.findIndex((lesson) => lesson.id === lessonId);
  return { previous: index > 0 ? all[index - 1]! : null, next: index >= 0 && index < all.length - 1 ? all[index + 1]! : null };
}
