import type { Course, SessionWithCount, WeekOutline } from '../courses.repository.js';
import type { CourseInstructorsTable } from '../moocs.table.js';
import { enrolmentOpen, SESSION_STATE_LABELS, type SessionState, sessionState } from '../session-state.js';
import type { Selectable } from 'kysely';

const STATES = Object.keys(SESSION_STATE_LABELS) as SessionState[];
const dateTime = { type: ['string', 'null'], format: 'date-time' } as const;

/** JSON Schemas of the MOOC API (French field names, like the rest of the public API). */
export const sessionSchema = {
  type: 'object',
  required: ['id', 'nom', 'etat', 'libelleEtat', 'rythmeLibre', 'ouvertureInscriptions', 'clotureInscriptions', 'debut', 'fin', 'inscrits', 'capacite', 'inscriptionsOuvertes'],
  properties: {
    id: { type: 'integer' },
    nom: { type: 'string', examples: ['Session de mars 2026'] },
    etat: { type: 'string', enum: STATES, description: 'État calculé à la date de la requête.' },
    libelleEtat: { type: 'string', examples: ['Inscriptions ouvertes'] },
    rythmeLibre: { type: 'boolean', description: 'Session sans dates, toujours ouverte.' },
    ouvertureInscriptions: dateTime,
    clotureInscriptions: dateTime,
    debut: dateTime,
    fin: dateTime,
    inscrits: { type: 'integer', minimum: 0 },
    capacite: { type: ['integer', 'null'], minimum: 1, description: 'Nombre maximal d’inscrits ; null sans limite.' },
    inscriptionsOuvertes: { type: 'boolean', description: 'Inscription possible maintenant (dates, capacité).' },
  },
} as const;

export const courseSummarySchema = {
  type: 'object',
  required: ['slug', 'nom', 'accroche', 'lien', 'effort', 'semaines', 'rythmeLibre', 'formateurs', 'prochaineSession'],
  properties: {
    slug: { type: 'string', examples: ['reussir-l-entretien-d-embauche'] },
    nom: { type: 'string' },
    accroche: { type: 'string' },
    lien: { type: 'string', format: 'uri', description: 'Page du cours sur Emploi Store.' },
    effort: { type: 'string', description: 'Temps de travail indicatif, par exemple « 2 à 3 heures par semaine ».' },
    semaines: { type: 'integer', minimum: 1 },
    rythmeLibre: { type: 'boolean' },
    formateurs: {
      type: 'array',
      items: { type: 'object', required: ['nom', 'titre', 'type'], properties: { nom: { type: 'string' }, titre: { type: 'string' }, type: { type: 'string', enum: ['interne', 'externe'] } } },
    },
    prochaineSession: { anyOf: [sessionSchema, { type: 'null' }], description: 'La session où s’inscrire, sinon la prochaine à venir, sinon celle en cours ; null s’il n’y en a aucune.' },
  },
} as const;

export const courseDetailSchema = {
  type: 'object',
  required: [...courseSummarySchema.required, 'description', 'objectifs', 'public', 'prerequis', 'fournisseur', 'plan'],
  properties: {
    ...courseSummarySchema.properties,
    description: { type: 'string', description: 'Description en Markdown (à assainir avant affichage).' },
    objectifs: { type: 'array', items: { type: 'string' } },
    public: { type: 'string' },
    prerequis: { type: 'string' },
    fournisseur: { type: 'string' },
    plan: {
      type: 'array',
      description: 'Les semaines du cours et leurs leçons (titres seulement : ni contenu ni réponses des quiz).',
      items: {
        type: 'object',
        required: ['semaine', 'titre', 'resume', 'lecons'],
        properties: {
          semaine: { type: 'integer', minimum: 1 },
          titre: { type: 'string' },
          resume: { type: 'string' },
          lecons: {
            type: 'array',
            items: {
              type: 'object',
              required: ['position', 'titre', 'type', 'dureeMinutes'],
              properties: { position: { type: 'integer' }, titre: { type: 'string' }, type: { type: 'string', enum: ['texte', 'video', 'quiz'] }, dureeMinutes: { type: ['integer', 'null'] } },
            },
          },
        },
      },
    },
  },
} as const;

const iso = (date: Date | null) => (date ? new Date(date).toISOString() : null);

export function toSessionJson(session: SessionWithCount, now: Date) {
  const state = sessionState(session, now);
  return {
    id: session.id,
    nom: session.name,
    etat: state,
    libelleEtat: SESSION_STATE_LABELS[state],
    rythmeLibre: session.self_paced,
    ouvertureInscriptions: iso(session.enrolment_opens_at),
    clotureInscriptions: iso(session.enrolment_closes_at),
    debut: iso(session.starts_at),
    fin: iso(session.ends_at),
    inscrits: session.enrolled,
    capacite: session.capacity,
    inscriptionsOuvertes: enrolmentOpen(session, now, session.enrolled),
  };
}

/** The session to show first: one open for enrolment (earliest start), else the next to come, else one running. */
export function nextSession(sessions: SessionWithCount[], now: Date): SessionWithCount | null {
  const start = (session: SessionWithCount) => session.starts_at?.getTime() ?? Number.NEGATIVE_INFINITY;
  const byStart = [...sessions].sort((a, b) => start(a) - start(b));
  return (
    byStart.find((session) => enrolmentOpen(session, now, session.enrolled)) ??
    byStart.find((session) => ['a-venir', 'inscriptions-ouvertes'].includes(sessionState(session, now))) ??
    byStart.find((session) => sessionState(session, now) === 'en-cours') ??
    null
  );
}

type Instructor = Pick<Selectable<CourseInstructorsTable>, 'name' | 'title' | 'kind'>;

export function toCourseSummaryJson(course: Course, instructors: Instructor[], sessions: SessionWithCount[], publicUrl: string, now: Date) {
  const next = nextSession(sessions, now);
  return {
    slug: course.slug,
    nom: course.name,
    accroche: course.pitch,
    lien: `${publicUrl}/moocs/${course.slug}`,
    effort: course.effort_text,
    semaines: course.weeks_count,
    rythmeLibre: course.self_paced,
    formateurs: instructors.map((instructor) => ({ nom: instructor.name, titre: instructor.title, type: instructor.kind })),
    prochaineSession: next ? toSessionJson(next, now) : null,
  };
}

export function toCourseJson(course: Course, instructors: Instructor[], sessions: SessionWithCount[], outline: WeekOutline[], publicUrl: string, now: Date) {
  return {
    ...toCourseSummaryJson(course, instructors, sessions, publicUrl, now),
    description: course.description,
    objectifs: course.objectives,
    public: course.audience_text,
    prerequis: course.prerequisites,
    fournisseur: course.provider_name,
    plan: outline.map((week) => ({
      semaine: week.position,
      titre: week.title,
      resume: week.summary,
      lecons: week.lessons.map((lesson) => ({ position: lesson.position, titre: lesson.title, type: lesson.kind, dureeMinutes: lesson.duration_minutes })),
    })),
  };
}
