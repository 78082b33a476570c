import type { Db } from '../../../platform/db/database.js';
import type { SessionWithCount } from '../courses.repository.js';
import { loadOutline } from '../courses.repository.js';
import { activeByPeriod, courseQuestions, enrolmentsByDay, firstAttempts, firstEnrolmentAt, funnelCounts } from './statistics.repository.js';

const DAY = 24 * 3600 * 1000;
const WEEK = 7 * DAY;
/** Beyond this many days, enrolments are counted per week. */
export const MAX_DAILY_POINTS = 62;
const MAX_WEEKS = 52;

export interface Point {
  /** The period's first day (YYYY-MM-DD) or start. */
  key: string;
  label: string;
  value: number;
}

export interface FunnelStep {
  label: string;
  value: number;
  /** Of the enrolled learners (0–1); null when nobody is enrolled. */
  ratio: number | null;
}

export interface QuestionSuccess {
  id: number;
  lessonTitle: string;
  weekPosition: number;
  position: number;
  prompt: string;
  /** First attempts that answered the question. */
  answered: number;
  right: number;
  rate: number | null;
}

export interface CourseStatistics {
  session: SessionWithCount;
  enrolments: { granularity: 'jour' | 'semaine'; points: Point[]; total: number };
  active: Point[];
  funnel: FunnelStep[];
  questions: QuestionSuccess[];
}

const dayNumber = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY;
const dayString = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);
/** The Monday of the week of a day number (day 0, 1970-01-01, was a Thursday). */
const mondayOf = (n: number) => n - ((n + 3) % 7);

const SHORT = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const LONG = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const PARIS_LONG = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' });

export function frenchDay(day: string): string {
  return LONG.format(new Date(dayNumber(day) * DAY));
}

/**
 * Enrolments per day from the first to the last day with one (gaps filled with 0); per week
 * (weeks start on Monday) when that spans more than MAX_DAILY_POINTS days.
 */
export function enrolmentSeries(rows: { day: string; n: number }[]): CourseStatistics['enrolments'] {
  const total = rows.reduce((sum, row) => sum + row.n, 0);
  if (!rows.length) return { granularity: 'jour', points: [], total };
  const first = dayNumber(rows[0]!.day);
  const last = dayNumber(rows[rows.length - 1]!.day);
  const counts = new Map(rows.map((row) => [dayNumber(row.day), row.n]));
  if (last - first + 1 <= MAX_DAILY_POINTS) {
    const points: Point[] = [];
    for (let n = first; n <= last; n++) points.push({ key: dayString(n), label: SHORT.format(new Date(n * DAY)), value: counts.get(n) ?? 0 });
    return { granularity: 'jour', points, total };
  }
  const points: Point[] = [];
  for (let monday = mondayOf(first); monday <= last; monday += 7) {
    let value = 0;
    for (let n = monday; n < monday + 7; n++) value += counts.get(n) ?? 0;
    points.push({ key: dayString(monday), label: `sem. du ${SHORT.format(new Date(monday * DAY))}`, value });
  }
  return { granularity: 'semaine', points, total };
}

/** When week 1 of the session starts: its start, or (self-paced) its first enrolment. */
async function activityAnchor(db: Db, session: SessionWithCount): Promise<Date | null> {
  if (!session.self_paced && session.starts_at) return session.starts_at;
  return firstEnrolmentAt(db, session.id);
}

export async function buildCourseStatistics(db: Db, courseId: number, session: SessionWithCount, now: Date): Promise<CourseStatistics> {
  const enrolments = enrolmentSeries(await enrolmentsByDay(db, session.id));

  const active: Point[] = [];
  const anchor = await activityAnchor(db, session);
  if (anchor && anchor.getTime() <= now.getTime()) {
    const end = Math.min(now.getTime(), session.ends_at && !session.self_paced ? session.ends_at.getTime() : now.getTime());
    const weeks = Math.min(MAX_WEEKS, Math.max(1, Math.ceil((end - anchor.getTime()) / WEEK)));
    const counts = await activeByPeriod(db, session.id, anchor);
    for (let k = 0; k < weeks; k++) {
      const from = new Date(anchor.getTime() + k * WEEK);
      active.push({ key: from.toISOString(), label: `Semaine ${k + 1} (du ${PARIS_LONG.format(from)})`, value: counts.get(k) ?? 0 });
    }
  }

  const counts = await funnelCounts(db, session.id, courseId);
  const ratio = (value: number) => (counts.enrolled ? value / counts.enrolled : null);
  const outline = await loadOutline(db, courseId);
  const funnel: FunnelStep[] = [
    { label: 'Inscrits', value: counts.enrolled, ratio: ratio(counts.enrolled) },
    { label: 'Ont commencé', value: counts.started, ratio: ratio(counts.started) },
    ...outline.filter((week) => week.lessons.length).map((week) => ({ label: `Semaine ${week.position} terminée`, value: counts.weeksDone.get(week.id) ?? 0, ratio: ratio(counts.weeksDone.get(week.id) ?? 0) })),
    { label: 'Cours terminé', value: counts.completed, ratio: ratio(counts.completed) },
  ];

  const attempts = await firstAttempts(db, session.id);
  const questions = (await courseQuestions(db, courseId)).map((question) => {
    let answered = 0;
    let right = 0;
    const correct = [...question.correct].sort((a, b) => a - b).join(',');
    for (const attempt of attempts) {
      if (attempt.lesson_id !== question.lesson_id) continue;
      const chosen = attempt.answers[String(question.id)];
      if (!Array.isArray(chosen)) continue;
      answered++;
      if ([...new Set(chosen.map(Number))].sort((a, b) => a - b).join(',') === correct) right++;
    }
    return { id: question.id, lessonTitle: question.lesson_title, weekPosition: question.week_position, position: question.position, prompt: question.prompt, answered, right, rate: answered ? right / answered : null };
  });

  return { session, enrolments, active, funnel, questions };
}
