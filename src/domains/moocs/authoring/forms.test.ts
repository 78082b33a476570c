import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { validateCourseTexts, courseTextsForm } from './course-form.js';
import { isWebVtt, lessonForm, questionForm, validateLesson, validateQuestion } from './lesson-form.js';
import { dateToParisLocal, parisLocalToDate } from './paris-time.js';
import { emptySessionForm, validateSession } from './session-form.js';

describe('Paris time of datetime-local inputs', () => {
  test('winter and summer offsets, round trip, and invalid values', () => {
    assert.equal(parisLocalToDate('2026-01-15T09:00')?.toISOString(), '2026-01-15T08:00:00.000Z');
    assert.equal(parisLocalToDate('2026-07-15T09:00')?.toISOString(), '2026-07-15T07:00:00.000Z');
    // The day the clocks go forward (29 March 2026, 2:00 → 3:00) and back (25 October 2026).
    assert.equal(parisLocalToDate('2026-03-29T12:00')?.toISOString(), '2026-03-29T10:00:00.000Z');
    assert.equal(parisLocalToDate('2026-10-25T12:00')?.toISOString(), '2026-10-25T11:00:00.000Z');
    assert.equal(dateToParisLocal(new Date('2026-07-15T07:00:00Z')), '2026-07-15T09:00');
    assert.equal(dateToParisLocal(parisLocalToDate('2026-12-31T23:59')), '2026-12-31T23:59');
    for (const bad of ['', '2026-02-30T10:00', '2026-13-01T10:00', '15/01/2026 09:00', '2026-01-15T25:00']) assert.equal(parisLocalToDate(bad), null, bad);
  });
});

describe('session form', () => {
  const dated = { ...emptySessionForm(), name: 'Session de mars', selfPaced: 'non', enrolmentOpensAt: '2026-02-01T09:00', enrolmentClosesAt: '2026-03-10T18:00', startsAt: '2026-03-02T09:00', endsAt: '2026-03-30T18:00' };

  test('a valid dated session, read in Paris time', () => {
    const result = validateSession({ ...dated, capacity: '500' });
    assert.ok(result.ok);
    assert.equal(result.values.starts_at?.toISOString(), '2026-03-02T08:00:00.000Z');
    assert.equal(result.values.capacity, 500);
    assert.equal(result.values.self_paced, false);
  });

  test('the order of the dates is checked as the database does, with French messages', () => {
    const cases: [Partial<typeof dated>, string, RegExp][] = [
      [{ enrolmentClosesAt: '2026-02-01T09:00' }, 'enrolmentClosesAt', /postérieure à leur ouverture/],
      [{ endsAt: '2026-03-02T09:00' }, 'endsAt', /fin de la session doit être postérieure à son début/],
      [{ enrolmentClosesAt: '2026-04-01T09:00' }, 'enrolmentClosesAt', /au plus tard à la fin de la session/],
      [{ startsAt: '' }, 'startsAt', /Indiquez la date de début/],
      [{ startsAt: '2026-02-31T10:00' }, 'startsAt', /n’est pas valide/],
      [{ name: '' }, 'name', /Indiquez le nom/],
      [{ capacity: '0' }, 'capacity', /supérieur à 0/],
      [{ capacity: 'beaucoup' }, 'capacity', /nombre entier/],
      [{ selfPaced: 'peut-être' }, 'selfPaced', /rythme/],
    ];
    for (const [change, field, message] of cases) {
      const result = validateSession({ ...dated, ...change });
      assert.equal(result.ok, false, field);
      if (!result.ok) assert.match(result.errors[field] ?? '', message, field);
    }
  });

  test('a self-paced session needs no dates and keeps none', () => {
    const result = validateSession({ ...emptySessionForm(), name: 'À votre rythme', selfPaced: 'oui', startsAt: 'n’importe quoi' });
    assert.ok(result.ok);
    assert.equal(result.values.self_paced, true);
    assert.equal(result.values.starts_at, null);
    assert.equal(result.values.capacity, null);
  });
});

describe('lesson and quiz forms', () => {
  test('text, video and quiz lessons', () => {
    assert.equal(validateLesson('texte', lessonForm({ title: 'Leçon', body: '' })).ok, false);
    assert.ok(validateLesson('texte', lessonForm({ title: 'Leçon', body: 'Du texte', durationMinutes: '10' })).ok);
    const badDuration = validateLesson('texte', lessonForm({ title: 'Leçon', body: 'x', durationMinutes: '0' }));
    assert.ok(!badDuration.ok && /entre 1 et 600/.test(badDuration.errors.durationMinutes!));
    const video = validateLesson('video', lessonForm({ title: 'Vidéo', videoUrl: 'http://exemple.fr/v.mp4', captionsVtt: '1\n00:00.000 --> 00:01.000\nBonjour' }));
    assert.ok(!video.ok);
    if (!video.ok) {
      assert.match(video.errors.videoUrl!, /https:\/\//);
      assert.match(video.errors.captionsVtt!, /WEBVTT/);
    }
    const good = validateLesson('video', lessonForm({ title: 'Vidéo', videoUrl: 'https://exemple.fr/v.mp4', captionsVtt: 'WEBVTT\n\n00:00.000 --> 00:01.000\nBonjour', transcript: 'Bonjour' }));
    assert.ok(good.ok);
    assert.equal(good.values.video_url, 'https://exemple.fr/v.mp4');
    assert.ok(isWebVtt('\uFEFFWEBVTT - titre\n'));
    assert.ok(!isWebVtt('WEBVTTX'));
    const quiz = validateLesson('quiz', lessonForm({ title: 'Quiz', passMark: '101', maxAttempts: '0' }));
    assert.ok(!quiz.ok && quiz.errors.passMark && quiz.errors.maxAttempts);
    const okQuiz = validateLesson('quiz', lessonForm({ title: 'Quiz', passMark: '70', maxAttempts: '' }));
    assert.ok(okQuiz.ok);
    assert.deepEqual([okQuiz.values.pass_mark, okQuiz.values.max_attempts, okQuiz.values.video_url], [70, null, null]);
  });

  test('questions: 2 to 6 answers, one right answer for single choice, at least one for multiple', () => {
    const base = { kind: 'unique', prompt: 'Combien ?', choice1Label: 'Un', choice2Label: 'Deux' };
    const none = validateQuestion(questionForm(base));
    assert.ok(!none.ok && /exactement une bonne réponse/.test(none.errors.choices!));
    const two = validateQuestion(questionForm({ ...base, choice1Correct: 'oui', choice2Correct: 'oui' }));
    assert.ok(!two.ok && /exactement une/.test(two.errors.choices!));
    assert.ok(validateQuestion(questionForm({ ...base, choice2Correct: 'oui' })).ok);
    const multipleNone = validateQuestion(questionForm({ ...base, kind: 'multiple' }));
    assert.ok(!multipleNone.ok && /au moins une bonne réponse/.test(multipleNone.errors.choices!));
    assert.ok(validateQuestion(questionForm({ ...base, kind: 'multiple', choice1Correct: 'oui', choice2Correct: 'oui' })).ok);
    const one = validateQuestion(questionForm({ kind: 'unique', prompt: 'Seule ?', choice1Label: 'Oui', choice1Correct: 'oui' }));
    assert.ok(!one.ok && /au moins 2 réponses/.test(one.errors.choices!));
    const orphan = validateQuestion(questionForm({ ...base, choice1Correct: 'oui', choice4Feedback: 'Un commentaire sans réponse' }));
    assert.ok(!orphan.ok && /réponse 4/.test(orphan.errors.choice4Label!));
    const kept = validateQuestion(questionForm({ ...base, choice3Label: 'Trois', choice3Correct: 'oui', choice3Feedback: 'Bravo' }));
    assert.ok(kept.ok);
    assert.deepEqual(kept.values.choices.map((choice) => choice.label), ['Un', 'Deux', 'Trois']);
    assert.equal(validateQuestion(questionForm({ ...base, kind: 'vrai-faux', choice1Correct: 'oui' })).ok, false);
  });

  test('course texts', () => {
    const missing = validateCourseTexts(courseTextsForm({}));
    assert.ok(!missing.ok && missing.errors.name && missing.errors.pitch && missing.errors.description);
    const ok = validateCourseTexts(courseTextsForm({ name: 'Cours', pitch: 'Accroche', description: 'Texte', objectives: '- Savoir\r\n\r\n• Faire\n' }));
    assert.ok(ok.ok);
    assert.deepEqual(ok.texts.objectives, ['Savoir', 'Faire']);
  });
});
