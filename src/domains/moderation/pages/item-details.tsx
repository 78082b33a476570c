import { formatDateTime, formatNumber, plural } from '../../../platform/html/components.js';
import type { ModerationItem } from '../moderation.source.js';

export { formatDateTime };

/** « depuis 3 jours », « depuis 5 heures », « depuis moins d’une heure ». */
export function waitingFor(since: Date, now = Date.now()): string {
  const hours = Math.floor((now - since.getTime()) / 3_600_000);
  if (hours < 1) return 'depuis moins d’une heure';
  if (hours < 48) return `depuis ${plural(hours, 'heure', 'heures')}`;
  return `depuis ${plural(Math.floor(hours / 24), 'jour', 'jours')}`;
}

/** The content to judge with its facts, state and signals; `headingLevel` fits the page's outline. */
export function ItemDetails({ item, headingLevel }: { item: ModerationItem; headingLevel: 2 | 3 | null }) {
  const Heading = headingLevel ? (`h${headingLevel}` as 'h2') : null;
  const reports = item.signals.reduce((sum, signal) => sum + signal.count, 0);
  return (
    <>
      {Heading ? <Heading class="fr-h5 fr-mb-1w">{item.title}</Heading> : null}
      <p class="fr-mb-2w">
        <span class="fr-badge fr-badge--sm fr-badge--info fr-mr-1w">{item.state}</span>
        {item.waitingSince ? <span class="fr-text--sm">En attente de décision {waitingFor(item.waitingSince)} (depuis le {formatDateTime(item.waitingSince)})</span> : null}
      </p>
      <blockquote class="fr-callout fr-mb-2w">
        <p class="es-mail-text">{item.content || '(Aucun texte : note seule.)'}</p>
      </blockquote>
      <dl class="es-definition">
        {item.facts.map((fact) => (
          <div key={fact.label}>
            <dt class="fr-text--bold">{fact.label}</dt>
            <dd class="fr-mb-1w">{fact.value}</dd>
          </div>
        ))}
        <div>
          <dt class="fr-text--bold">Signalements en attente</dt>
          <dd class="fr-mb-1w">
            {reports ? (
              <ul class="es-inline-list">
                {item.signals.map((signal) => (
                  <li key={signal.label}>
                    {signal.label} : {formatNumber(signal.count)}
                  </li>
                ))}
              </ul>
            ) : (
              'Aucun'
            )}
          </dd>
        </div>
      </dl>
      {item.context ? (
        <p class="fr-text--sm fr-mb-0">
          <a href={item.context.href}>{item.context.label}</a>
        </p>
      ) : null}
    </>
  );
}

export function ModerationNav({ current }: { current: 'file' | 'historique' }) {
  const links = [
    { href: '/moderation', label: 'File d’attente', key: 'file' },
    { href: '/moderation/decisions', label: 'Historique des décisions', key: 'historique' },
  ];
  return (
    <nav class="fr-mb-4w" aria-label="Modération">
      <ul class="fr-btns-group fr-btns-group--inline-md">
        {links.map((link) => (
          <li key={link.key}>
            <a class={`fr-btn${link.key === current ? '' : ' fr-btn--secondary'}`} href={link.href} aria-current={link.key === current ? 'page' : undefined}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
