import type { Db } from '../../../platform/db/database.js';

/**
 * RGPD export of a learner's MOOC data: enrolments with the lessons seen and the quiz attempts.
 * Deleting the account deletes them (foreign keys cascade).
 */
export const learnerPersonalData = {
  name: 'moocs-inscriptions',
  async export(db: Db, accountId: number): Promise<unknown> {
    const enrolments = await db
      .selectFrom('enrolments as e')
      .innerJoin('course_sessions as cs', 'cs.id', 'e.session_id')
      .innerJoin('courses as c', 'c.id', 'cs.course_id')
      .innerJoin('services as s', 's.id', 'c.service_id')
      .select(['e.id', 's.name as cours', 'cs.name as session', 'e.status as statut', 'e.enrolled_at as inscrit_le', 'e.left_at as desinscrit_le', 'e.last_activity_at as derniere_activite', 'e.completed_at as termine_le'])
      .where('e.account_id', '=', accountId)
      .orderBy('e.id')
      .execute();
    const result = [];
    for (const { id, ...enrolment } of enrolments) {
      const seen = await db
        .selectFrom('lesson_progress as p')
        .innerJoin('course_lessons as l', 'l.id', 'p.lesson_id')
        .select(['l.title as lecon', 'p.seen_at as vue_le'])
        .where('p.enrolment_id', '=', id)
        .orderBy('p.seen_at')
        .execute();
      const attempts = await db
        .selectFrom('quiz_attempts as a')
        .innerJoin('course_lessons as l', 'l.id', 'a.lesson_id')
        .select(['l.title as quiz', 'a.attempt as tentative', 'a.score', 'a.passed as reussi', 'a.answers as reponses', 'a.created_at as le'])
        .where('a.enrolment_id', '=', id)
        .orderBy('a.id')
        .execute();
      result.push({ ...enrolment, lecons_vues: seen, tentatives_quiz: attempts });
    }
    return result;
  },
};
