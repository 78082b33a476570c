import { IDEA_SORTS, IDEA_STATUS_LABELS, IDEA_STATUSES } from '../ideas.vocabulary.js';
import type { ApiIdeaRow, OfficialAnswer } from './ideas-api.repository.js';

const statusEnum = { type: 'string', enum: [...IDEA_STATUSES] } as const;

export const ideaSummarySchema = {
  type: 'object',
  required: ['id', 'titre', 'description', 'statut', 'libelleStatut', 'thematique', 'public', 'soutiens', 'commentaires', 'dateCreation', 'lien', 'fusionneeDans'],
  properties: {
    id: { type: 'integer', description: 'Numéro de l’idée.' },
    titre: { type: 'string' },
    description: { type: 'string', description: 'Texte brut saisi par l’auteur (à échapper avant affichage).' },
    statut: { ...statusEnum, description: 'Statut fixé par l’équipe.' },
    libelleStatut: { type: 'string', examples: ['À l’étude'] },
    thematique: { type: 'string', description: 'Identifiant de la thématique (voir /api/v1/themes).' },
    public: { type: 'string', enum: ['candidats', 'entreprises', 'tous'] },
    soutiens: { type: 'integer', minimum: 0 },
    commentaires: { type: 'integer', minimum: 0 },
    dateCreation: { type: 'string', format: 'date-time' },
    lien: { type: 'string', format: 'uri', description: 'Page de l’idée sur Emploi Store.' },
    fusionneeDans: { type: ['integer', 'null'], description: 'Pour un doublon : le numéro de l’idée qui le regroupe ; sinon null.' },
  },
} as const;

export const ideaDetailSchema = {
  type: 'object',
  required: [...ideaSummarySchema.required, 'reponsesOfficielles', 'realisation'],
  properties: {
    ...ideaSummarySchema.properties,
    reponsesOfficielles: {
      type: 'array',
      description: 'Réponses officielles de l’équipe, la plus récente d’abord.',
      items: {
        type: 'object',
        required: ['statut', 'libelleStatut', 'ancienStatut', 'reponse', 'auteur', 'date'],
        properties: {
          statut: statusEnum,
          libelleStatut: { type: 'string' },
          ancienStatut: statusEnum,
          reponse: { type: 'string' },
          auteur: { type: 'string', description: 'Nom du membre de l’équipe.' },
          date: { type: 'string', format: 'date-time' },
        },
      },
    },
    realisation: {
      type: ['object', 'null'],
      description: 'Ce qui a réalisé l’idée : un service du Store et/ou une application ; null sinon.',
      required: ['service', 'application'],
      properties: {
        service: {
          type: ['object', 'null'],
          required: ['slug', 'nom', 'lien'],
          properties: { slug: { type: 'string' }, nom: { type: 'string' }, lien: { type: 'string', format: 'uri' } },
        },
        application: { type: ['string', 'null'], description: 'Nom ou adresse de l’application (texte libre).' },
      },
    },
  },
} as const;

export const ideaSortValues = Object.keys(IDEA_SORTS);

export function toIdeaSummaryJson(idea: ApiIdeaRow, publicUrl: string) {
  return {
    id: idea.id,
    titre: idea.title,
    description: idea.description,
    statut: idea.status,
    libelleStatut: IDEA_STATUS_LABELS[idea.status],
    thematique: idea.theme,
    public: idea.audience,
    soutiens: idea.supports_count,
    commentaires: idea.comments_count,
    dateCreation: new Date(idea.created_at).toISOString(),
    lien: `${publicUrl}/idees/${idea.id}`,
    fusionneeDans: idea.merged_into_id,
  };
}

export function toIdeaJson(idea: ApiIdeaRow, answers: OfficialAnswer[], service: { slug: string; name: string } | undefined, publicUrl: string) {
  const label = (status: string) => IDEA_STATUS_LABELS[status as keyof typeof IDEA_STATUS_LABELS] ?? status;
  return {
    ...toIdeaSummaryJson(idea, publicUrl),
    reponsesOfficielles: answers.map((answer) => ({
      statut: answer.to_status,
      libelleStatut: label(answer.to_status),
      ancienStatut: answer.from_status,
      reponse: answer.answer,
      auteur: answer.staff_name,
      date: new Date(answer.created_at).toISOString(),
    })),
    realisation:
      service || idea.realised_application
        ? { service: service ? { slug: service.slug, nom: service.name, lien: `${publicUrl}/services/${service.slug}` } : null, application: idea.realised_application }
        : null,
  };
}
