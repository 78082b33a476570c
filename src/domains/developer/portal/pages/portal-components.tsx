import { formatDecimal, formatNumber } from '../../../../platform/html/components.js';
import type { ApiAccessMode, DeveloperApi } from '../../apis.registry.js';
import type { ApiHealth, HealthState } from '../health.service.js';

export const PORTAL_CRUMB = { label: 'Développeurs', href: '/developpeurs' };
export const APIS_CRUMB = { label: 'Les API', href: '/developpeurs/api' };
export const apiHref = (api: DeveloperApi) => `/developpeurs/api/${api.slug}`;
export const consoleHref = (api: DeveloperApi) => `/developpeurs/api/${api.slug}/console`;

export const ACCESS_LABELS: Record<ApiAccessMode, string> = { ouverte: 'Ouverte', 'sur-validation': 'Sur validation' };
export const ACCESS_HINTS: Record<ApiAccessMode, string> = {
  ouverte: 'L’abonnement est accordé aussitôt demandé.',
  'sur-validation': 'L’abonnement est examiné par l’équipe Emploi Store : décrivez l’usage prévu des données.',
};

export function AccessBadge({ access }: { access: ApiAccessMode }) {
  return <p class={`fr-badge fr-badge--sm ${access === 'ouverte' ? 'fr-badge--success' : 'fr-badge--info'} fr-badge--no-icon`}>{ACCESS_LABELS[access]}</p>;
}

const HEALTH_BADGES: Record<HealthState, string> = { operationnelle: 'fr-badge--success', degradee: 'fr-badge--warning', perturbee: 'fr-badge--error', 'sans-appels': '' };

export function HealthBadge({ health }: { health: ApiHealth }) {
  return <p class={`fr-badge fr-badge--sm ${HEALTH_BADGES[health.state]}`.trim()}>{health.label}</p>;
}

/** The figures behind a health state, in a sentence. */
// Error rates are small: one decimal (« 0,3 % »).
const RATE = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 });
export const formatRate = (ratio: number) => RATE.format(ratio);

export function healthSentence(health: ApiHealth): string {
  if (health.state === 'sans-appels') return 'Aucun appel aujourd’hui pour le moment.';
  return `${formatNumber(health.calls)} appel${health.calls > 1 ? 's' : ''} aujourd’hui, ${formatRate(health.serverErrorRate)} d’erreurs serveur, temps de réponse moyen ${formatDecimal(health.meanLatencyMs)} ms.`;
}

export function limitsSentence(api: DeveloperApi): string {
  return `${formatNumber(api.rateLimit.perSecond)} appels par seconde (pointes jusqu’à ${formatNumber(api.rateLimit.burst)}), ${formatNumber(api.dailyQuota)} appels par jour et par application.`;
}

const METHOD_BADGES: Record<string, string> = { GET: 'fr-badge--info', POST: 'fr-badge--success', PUT: 'fr-badge--warning', PATCH: 'fr-badge--warning', DELETE: 'fr-badge--error' };

export function MethodBadge({ method }: { method: string }) {
  return <span class={`fr-badge fr-badge--sm fr-badge--no-icon ${METHOD_BADGES[method] ?? ''}`.trim()}>{method}</span>;
}

/** A block of code, scrollable with the keyboard when its lines are long. */
export function CodeBlock({ code, label, id }: { code: string; label: string; id?: string }) {
  return (
    <pre class="es-code" tabIndex={0} aria-label={label} id={id}>
      <code>{code}</code>
    </pre>
  );
}
