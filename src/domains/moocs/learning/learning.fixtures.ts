import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database.js';
import { createService } from '../../../../test/factories.js';
import '../moocs.table.js';

/** Test fixtures of the learner's side (used by tests only). */
export const DAY = 24 * 3600 * 1000;

export interface SessionSpec {
  name?: string;
  /** Days from now (negative: past). */
  opens: number;
  closes: number;
  starts: number;
  ends: number;
  capacity?: number | null;
  selfPaced?: boolean;
}

/** A running session: started `started` days ago, enrolment open, four weeks long. */
export const running = (started = 3, capacity: number | null = null): SessionSpec => ({ opens: -started - 10, closes: 10, starts: -started, ends: 28 - started, capacity });

export interface CourseFixture {
  courseId: number;
  slug: string;
  serviceId: number;
  /** Week 1: text, video, quiz; week 2: text. */
  lessons: { text1: number; video: number; quiz: number; text2: number };
  questions: { unique: { id: number; right: number; wrong: number }; multiple: { id: number; right: number[]; wrong: number } };
  sessions: number[];
}

export async function createCourse(db: Db, sessions: SessionSpec[], options: { maxAttempts?: number | null; passMark?: number; captions?: string | null } = {}): Promise<CourseFixture> {
  const service = await createService(db, { type: 'mooc', name: `Cours ${Math.random().toString(36).slice(2, 8)}`, description: 'Un cours **utile** pour la recherche d’emploi.' });
  const { id: courseId } = await db
    .insertInto('courses')
    .values({ service_id: service.id, objectives: ['Savoir faire un CV'], audience_text: 'Les personnes en recherche d’emploi.', prerequisites: 'Aucun.', effort_text: '2 heures par semaine', weeks_count: 2 })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('course_instructors').values({ course_id: courseId, name: 'Camille Martin', title: 'Conseillère à l’emploi', bio: 'Vingt ans d’accompagnement.', kind: 'interne' }).execute();
  const week = async (position: number) =>
    (await db.insertInto('course_weeks').values({ course_id: courseId, position, title: `Semaine numéro ${position}` }).returning('id').executeTakeFirstOrThrow()).id;
  const lesson = async (weekId: number, position: number, values: Record<string, unknown>) =>
    (
      await db
        .insertInto('course_lessons')
        .values({ week_id: weekId, position, kind: 'texte', title: `Leçon ${weekId}-${position}`, body: '', duration_minutes: 10, ...values } as never)
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const w1 = await week(1);
  const w2 = await week(2);
  const text1 = await lesson(w1, 1, { title: 'Lire une offre', body: '## Les rubriques\n\nUne offre a **trois** parties.<script>alert(1)</script>' });
  const video = await lesson(w1, 2, {
    kind: 'video',
    title: 'Vidéo de conseils',
    video_url: 'https://videos.example/conseils.mp4',
    captions_vtt: options.captions === undefined ? 'WEBVTT\n\n00:00.000 --> 00:02.000\nBonjour\n' : options.captions,
    transcript: 'Bonjour et bienvenue.',
  });
  const quiz = await lesson(w1, 3, { kind: 'quiz', title: 'Quiz de la semaine', pass_mark: options.passMark ?? 100, max_attempts: options.maxAttempts === undefined ? 3 : options.maxAttempts, duration_minutes: 5 });
  const text2 = await lesson(w2, 1, { title: 'Préparer un entretien' });
  const question = async (position: number, kind: 'unique' | 'multiple', choices: [string, boolean][]) => {
    const { id } = await db.insertInto('quiz_questions').values({ lesson_id: quiz, position, kind, prompt: `Question ${kind}`, explanation: `Explication ${kind}.` }).returning('id').executeTakeFirstOrThrow();
    const rows = await db
      .insertInto('quiz_choices')
      .values(choices.map(([label, correct], index) => ({ question_id: id, position: index + 1, label, correct, feedback: `Retour sur ${label}` })))
      .returning(['id', 'correct'])
      .execute();
    return { id, rows };
  };
  const q1 = await question(1, 'unique', [
    ['Oui', true],
    ['Non', false],
  ]);
  const q2 = await question(2, 'multiple', [
    ['Alpha', true],
    ['Beta', true],
    ['Gamma', false],
  ]);
  const sessionIds: number[] = [];
  for (const [index, spec] of sessions.entries()) {
    const at = (days: number) => new Date(Date.now() + days * DAY);
    const { id } = await db
      .insertInto('course_sessions')
      .values(
        spec.selfPaced
          ? { course_id: courseId, name: spec.name ?? `Session ${index + 1}`, self_paced: true, capacity: spec.capacity ?? null }
          : {
              course_id: courseId,
              name: spec.name ?? `Session ${index + 1}`,
              enrolment_opens_at: at(spec.opens),
              enrolment_closes_at: at(spec.closes),
              starts_at: at(spec.starts),
              ends_at: at(spec.ends),
              capacity: spec.capacity ?? null,
            },
      )
      .returning('id')
      .executeTakeFirstOrThrow();
    sessionIds.push(id);
  }
  return {
    courseId,
    slug: service.slug,
    serviceId: service.id,
    lessons: { text1, video, quiz, text2 },
    questions: {
      unique: { id: q1.id, right: q1.rows.find((row) => row.correct)!.id, wrong: q1.rows.find((row) => !row.correct)!.id },
      multiple: { id: q2.id, right: q2.rows.filter((row) => row.correct).map((row) => row.id), wrong: q2.rows.find((row) => !row.correct)!.id },
    },
    sessions: sessionIds,
  };
}

/** A verified account's id by e-mail. */
export async function verify(db: Db, email: string, roles?: string[]): Promise<number> {
  await sql`UPDATE accounts SET email_verified_at = now() WHERE email_normalized = ${email}`.execute(db);
  if (roles) await sql`UPDATE accounts SET roles = ${roles}::text[] WHERE email_normalized = ${email}`.execute(db);
  return (await db.selectFrom('accounts').select('id').where('email_normalized', '=', email).executeTakeFirstOrThrow()).id;
}
