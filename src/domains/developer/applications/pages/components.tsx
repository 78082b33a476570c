import type { ComponentChildren } from 'preact';
import { Breadcrumb, type Crumb, formatDateTime } from '../../../../platform/html/components.js';
import type { ApiAccessMode } from '../../apis.registry.js';
import type { ApplicationStatus, SubscriptionStatus } from '../../developer.table.js';
import { SUBSCRIPTION_STATUS_LABELS } from '../subscriptions.workflow.js';

export const APPLICATIONS_HREF = '/developpeurs/applications';
export const applicationHref = (id: number) => `${APPLICATIONS_HREF}/${id}`;
export const BASE_CRUMBS: Crumb[] = [
  { label: 'Accueil', href: '/' },
  { label: 'Développeurs', href: '/developpeurs' },
  { label: 'Mes applications', href: APPLICATIONS_HREF },
];

/** A page of the developer's space: breadcrumb (the last crumb is the page), one h1, the content. */
export function DeveloperFrame({ title, crumbs, children, narrow = false }: { title: string; crumbs: Crumb[]; children: ComponentChildren; narrow?: boolean }) {
  const all = [...BASE_CRUMBS, ...crumbs];
  all[all.length - 1] = { label: all[all.length - 1]!.label };
  return (
    <div class="fr-container fr-my-4w">
      <Breadcrumb crumbs={all} />
      <div class="fr-grid-row">
        <div class={narrow ? 'fr-col-12 fr-col-md-10 fr-col-lg-8' : 'fr-col-12'}>
          <h1>{title}</h1>
          {children}
        </div>
      </div>
    </div>
  );
}

export const ACCESS_MODE_LABELS: Record<ApiAccessMode, string> = { ouverte: 'API ouverte : accès immédiat', 'sur-validation': 'API sur validation : accès après examen de la demande' };

const SUBSCRIPTION_BADGES: Record<SubscriptionStatus, string> = {
  brouillon: '',
  soumise: 'fr-badge--new',
  'modifications-demandees': 'fr-badge--warning',
  validee: 'fr-badge--success',
  refusee: 'fr-badge--error',
  revoquee: 'fr-badge--error',
};

export function SubscriptionBadge({ status }: { status: SubscriptionStatus | null }) {
  if (!status) return <p class="fr-badge fr-badge--sm fr-badge--no-icon">Non abonnée</p>;
  return <p class={`fr-badge fr-badge--sm ${SUBSCRIPTION_BADGES[status]}`.trim()}>{SUBSCRIPTION_STATUS_LABELS[status]}</p>;
}

export function ApplicationBadge({ status }: { status: ApplicationStatus }) {
  return status === 'active' ? <p class="fr-badge fr-badge--sm fr-badge--success">Active</p> : <p class="fr-badge fr-badge--sm fr-badge--error">Révoquée</p>;
}

/** « Révoquée le 3 décembre 2026 à 10:00 — motif » for a revoked application. */
export function RevokedNotice({ revokedAt, reason }: { revokedAt: Date | null; reason: string | null }) {
  return (
    <div class="fr-alert fr-alert--error fr-mb-4w">
      <h2 class="fr-alert__title">Application révoquée{revokedAt ? ` le ${formatDateTime(revokedAt)}` : ''}</h2>
      <p>Ses secrets ne permettent plus d’obtenir de jeton d’accès. Elle reste affichée ici en lecture seule.{reason ? ` Motif : ${reason}` : ''}</p>
    </div>
  );
}
