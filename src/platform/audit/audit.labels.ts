/**
 * French labels of the audit log's actions, subject kinds and before/after fields, for the
 * journal. Domains add theirs with `defineAuditLabels` when their module loads; an action without
 * a label is shown as recorded.
 */
const actions = new Map<string, string>([
  ['theme.update', 'Modification d’une thématique'],
  ['featured.add', 'Ajout d’un service à la une'],
  ['featured.remove', 'Retrait d’un service de la une'],
  ['featured.move', 'Déplacement d’un service à la une'],
  ['service.depublier', 'Dépublication d’un service'],
  ['service.republier', 'Republication d’un service'],
  ['service.archiver', 'Archivage d’un service'],
  ['organisation.update', 'Modification du profil d’une organisation'],
  ['organisation.logo.update', 'Nouveau logo d’une organisation'],
  ['organisation.logo.remove', 'Retrait du logo d’une organisation'],
  ['organisation.invitation.create', 'Invitation dans une organisation'],
  ['organisation.member.role', 'Changement de rôle d’un membre'],
  ['organisation.member.remove', 'Retrait d’un membre d’une organisation'],
]);

const subjects = new Map<string, string>([
  ['theme', 'Thématique'],
  ['service', 'Service'],
  ['organisation', 'Organisation'],
  ['compte', 'Compte'],
]);

const fields = new Map<string, string>([
  ['name', 'Nom'],
  ['summary', 'Résumé'],
  ['description', 'Description'],
  ['etat', 'État'],
  ['decision', 'Décision'],
  ['motif', 'Motif'],
  ['featured', 'À la une'],
  ['position', 'Position à la une'],
  ['status', 'Statut'],
  ['slug', 'Adresse'],
  ['role', 'Rôle'],
  ['accountId', 'Compte'],
  ['email', 'Adresse e-mail'],
  ['website', 'Site web'],
  ['logo_path', 'Logo'],
]);

export function defineAuditLabels(labels: { actions?: Record<string, string>; subjects?: Record<string, string>; fields?: Record<string, string> }): void {
  for (const [key, label] of Object.entries(labels.actions ?? {})) actions.set(key, label);
  for (const [key, label] of Object.entries(labels.subjects ?? {})) subjects.set(key, label);
  for (const [key, label] of Object.entries(labels.fields ?? {})) fields.set(key, label);
}

export const auditActionLabel = (action: string): string | undefined => actions.get(action);
export const auditSubjectLabel = (kind: string): string | undefined => subjects.get(kind);
export const auditFieldLabel = (field: string): string | undefined => fields.get(field);
