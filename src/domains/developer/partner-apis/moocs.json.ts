import {
  type Course,
  enrolmentOpen,
  nextSession,
  SESSION_STATE_LABELS,
  type SessionState,
  sessionState,
  type SessionWithCount,
  type WeekOutline,
} from '../../moocs/index.js';
import { compact } from './partner.schemas.js';

/** JSON Schemas and mappers of the MOOC v1 API (French camelCase, absent values omitted). */

const STATES = Object.keys(SESSION_STATE_LABELS) as SessionState[];
export const ENROLMENT_STATES = ['ouvertes', 'pas-encore-ouvertes', 'completes', 'closes'] as const;
type EnrolmentState = (typeof ENROLMENT_STATES)[number];
const ENROLMENT_LABELS: Record<EnrolmentState, string> = {
  ouvertes: 'Inscriptions ouvertes',
  'pas-encore-ouvertes': 'Inscriptions pas encore ouvertes',
  completes: 'Session complète',
  closes: 'Inscriptions closes',
};
const date = (description: string) => ({ type: 'string', format: 'date-time', description }) as const;

export const sessionSchema = {
  type: 'object',
  required: ['id', 'nom', 'etat', 'etatLibelle', 'rythmeLibre', 'etatInscriptions', 'etatInscriptionsLibelle', 'inscriptionsOuvertes', 'nombreInscrits'],
  properties: {
    id: { type: 'integer' },
    nom: { type: 'string', examples: ['Session de mars 2026'] },
    etat: { type: 'string', enum: STATES, description: 'État de la session, calculé à la date de la requête.' },
    etatLibelle: { type: 'string', examples: ['En cours'] },
    rythmeLibre: { type: 'boolean', description: 'Session sans dates, toujours ouverte.' },
    dateOuvertureInscriptions: date('Absente pour une session à rythme libre.'),
    dateClotureInscriptions: date('Absente pour une session à rythme libre.'),
    dateDebut: date('Absente pour une session à rythme libre.'),
    dateFin: date('Absente pour une session à rythme libre.'),
    etatInscriptions: { type: 'string', enum: [...ENROLMENT_STATES], description: 'Où en sont les inscriptions, à la date de la requête.' },
    etatInscriptionsLibelle: { type: 'string', examples: ['Inscriptions ouvertes'] },
    inscriptionsOuvertes: { type: 'boolean', description: 'Inscription possible maintenant (dates et places).' },
    nombreInscrits: { type: 'integer', minimum: 0 },
    capacite: { type: 'integer', minimum: 1, description: 'Nombre maximal d’inscrits ; absent sans limite.' },
    placesRestantes: { type: 'integer', minimum: 0, description: 'Absent sans limite de places.' },
  },
} as const;

export const courseSchema = {
  type: 'object',
  required: ['id', 'slug', 'nom', 'accroche', 'fournisseur', 'urlCours', 'effort', 'nombreSemaines', 'rythmeLibre', 'formateurs'],
  properties: {
    id: { type: 'integer', description: 'Identifiant numérique du cours.' },
    slug: { type: 'string', description: 'Identifiant du cours dans les adresses du site (celui de sa fiche du catalogue).' },
    nom: { type: 'string' },
    accroche: { type: 'string' },
    fournisseur: { type: 'string' },
    urlCours: { type: 'string', format: 'uri', description: 'Page du cours sur Emploi Store.' },
    logo: { type: 'string', format: 'uri' },
    effort: { type: 'string', examples: ['2 à 3 heures par semaine'] },
    nombreSemaines: { type: 'integer', minimum: 1 },
    rythmeLibre: { type: 'boolean' },
    formateurs: {
      type: 'array',
      items: {
        type: 'object',
        required: ['nom', 'type'],
        properties: { nom: { type: 'string' }, titre: { type: 'string' }, type: { type: 'string', enum: ['interne', 'externe'] } },
      },
    },
    prochaineSession: { ...sessionSchema, description: 'La session où s’inscrire, sinon la prochaine à venir, sinon celle en cours ; absente s’il n’y en a aucune.' },
  },
} as const;

export const courseDetailSchema = {
  type: 'object',
  required: [...courseSchema.required, 'description', 'objectifs', 'programme'],
  properties: {
    ...courseSchema.properties,
    description: { type: 'string', description: 'Description en Markdown (à assainir avant affichage).' },
    objectifs: { type: 'array', items: { type: 'string' } },
    public: { type: 'string' },
    prerequis: { type: 'string' },
    programme: {
      type: 'array',
      description: 'Les semaines du cours et leurs leçons (titres seulement).',
      items: {
        type: 'object',
        required: ['semaine', 'titre', 'lecons'],
        properties: {
          semaine: { type: 'integer', minimum: 1 },
          titre: { type: 'string' },
          resume: { type: 'string' },
          lecons: {
            type: 'array',
            items: {
              type: 'object',
              required: ['position', 'titre', 'type'],
              properties: { position: { type: 'integer' }, titre: { type: 'string' }, type: { type: 'string', enum: ['texte', 'video', 'quiz'] }, dureeMinutes: { type: 'integer' } },
            },
          },
        },
      },
    },
  },
} as const;

const iso = (value: Date | null) => (value ? new Date(value).toISOString() : null);

function enrolmentState(session: SessionWithCount, now: Date): EnrolmentState {
  if (enrolmentOpen(session, now, session.enrolled)) return 'ouvertes';
  const state = sessionState(session, now);
  const ended = state === 'terminee' || state === 'archivee';
  if (!ended && session.capacity !== null && session.enrolled >= session.capacity) return 'completes';
  if (state === 'a-venir' && session.enrolment_opens_at && now < session.enrolment_opens_at) return 'pas-encore-ouvertes';
  return 'closes';
}

export function toSessionJson(session: SessionWithCount, now: Date) {
  const state = sessionState(session, now);
  const enrolment = enrolmentState(session, now);
  return compact({
    id: session.id,
    nom: session.name,
    etat: state,
    etatLibelle: SESSION_STATE_LABELS[state],
    rythmeLibre: session.self_paced,
    dateOuvertureInscriptions: iso(session.enrolment_opens_at),
    dateClotureInscriptions: iso(session.enrolment_closes_at),
    dateDebut: iso(session.starts_at),
    dateFin: iso(session.ends_at),
    etatInscriptions: enrolment,
    etatInscriptionsLibelle: ENROLMENT_LABELS[enrolment],
    inscriptionsOuvertes: enrolment === 'ouvertes',
    nombreInscrits: session.enrolled,
    capacite: session.capacity,
    placesRestantes: session.capacity === null ? null : Math.max(0, session.capacity - session.enrolled),
  });
}

interface Instructor {
  name: string;
  title: string;
  kind: string;
}

export function toCourseJson(course: Course, instructors: Instructor[], sessions: SessionWithCount[], publicUrl: string, now: Date) {
  const next = nextSession(sessions, now);
  return compact({
    id: course.id,
    slug: course.slug,
    nom: course.name,
    accroche: course.pitch,
    fournisseur: course.provider_name,
    urlCours: `${publicUrl}/moocs/${course.slug}`,
    logo: course.logo_path ? (course.logo_path.startsWith('/') ? `${publicUrl}${course.logo_path}` : course.logo_path) : null,
    effort: course.effort_text,
    nombreSemaines: course.weeks_count,
    rythmeLibre: course.self_paced,
    formateurs: instructors.map((instructor) => compact({ nom: instructor.name, titre: instructor.title.trim() || null, type: instructor.kind })),
    prochaineSession: next ? toSessionJson(next, now) : null,
  });
}

export function toCourseDetailJson(course: Course, instructors: Instructor[], sessions: SessionWithCount[], outline: WeekOutline[], publicUrl: string, now: Date) {
  return {
    ...toCourseJson(course, instructors, sessions, publicUrl, now),
    description: course.description,
    objectifs: course.objectives,
    ...compact({ public: course.audience_text.trim() || null, prerequis: course.prerequisites.trim() || null }),
    programme: outline.map((week) =>
      compact({
        semaine: week.position,
        titre: week.title,
        resume: week.summary.trim() || null,
        lecons: week.lessons.map((lesson) => compact({ position: lesson.position, titre: lesson.title, type: lesson.kind, dureeMinutes: lesson.duration_minutes })),
      }),
    ),
  };
}
