import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { demoCourses } from './index.js';

/** The launch MOOCs: real content, four weeks each, two text lessons and a quiz of four questions a week at least. */
describe('demo content of the launch MOOCs', () => {
  test('the four launch MOOCs are there, once each', () => {
    assert.deepEqual(demoCourses.map((course) => course.serviceSlug).sort(), [
      'construire-son-projet-professionnel',
      'organiser-sa-recherche-d-emploi',
      'reussir-l-entretien-d-embauche',
      'reussir-son-cv-et-sa-lettre-de-candidature',
    ]);
  });

  for (const course of demoCourses) {
    describe(course.serviceSlug, () => {
      test('describes its objectives, audience, effort and instructors', () => {
        assert.ok(course.objectives.length >= 3, 'at least three objectives');
        assert.ok(course.audienceText.length > 20 && course.effortText.length > 5);
        assert.ok(course.instructors.length >= 1);
        for (const instructor of course.instructors) assert.ok(instructor.name && instructor.title && instructor.bio.length > 30, instructor.name);
      });

      test('four weeks, each with two text lessons and a quiz of four questions at least', () => {
        assert.equal(course.weeks.length, 4);
        for (const [index, week] of course.weeks.entries()) {
          const where = `${course.serviceSlug}, week ${index + 1}`;
          assert.ok(week.title && week.summary, where);
          const texts = week.lessons.filter((lesson) => lesson.kind === 'texte');
          const quizzes = week.lessons.filter((lesson) => lesson.kind === 'quiz');
          assert.ok(texts.length >= 2, `${where}: two text lessons at least`);
          assert.ok(quizzes.length >= 1, `${where}: a quiz`);
          for (const lesson of texts) {
            const words = lesson.body.split(/\s+/).filter(Boolean).length;
            assert.ok(words >= 250, `${where}, « ${lesson.title} »: ${words} words, 250 at least`);
            assert.ok(lesson.durationMinutes >= 3 && lesson.durationMinutes <= 60, `${where}, « ${lesson.title} »: duration`);
          }
          for (const quiz of quizzes) {
            assert.ok(quiz.questions.length >= 4, `${where}, « ${quiz.title} »: four questions at least`);
            assert.ok(quiz.passMark >= 50 && quiz.passMark <= 100, `${where}: pass mark`);
            for (const question of quiz.questions) {
              const correct = question.choices.filter((choice) => choice.correct).length;
              assert.ok(question.choices.length >= 2 && question.choices.length <= 6, `${where}: « ${question.prompt} » has 2 to 6 choices`);
              if (question.kind === 'unique') assert.equal(correct, 1, `${where}: « ${question.prompt} » has exactly one right answer`);
              else assert.ok(correct >= 1 && correct < question.choices.length, `${where}: « ${question.prompt} » has right and wrong answers`);
              assert.ok(question.explanation.length > 20, `${where}: « ${question.prompt} » explains`);
              for (const choice of question.choices) assert.ok(choice.feedback.length > 10, `${where}: « ${choice.label} » has feedback`);
              assert.equal(new Set(question.choices.map((choice) => choice.label)).size, question.choices.length, `${where}: distinct choices`);
            }
          }
        }
      });
    });
  }
});
