import type { ComponentChildren } from 'preact';

export interface Crumb {
  label: string;
  href?: string;
}

/** DSFR breadcrumb; the last crumb is the current page. */
export function Breadcrumb({ crumbs }: { crumbs: Crumb[] }) {
  return (
    <nav role="navigation" class="fr-breadcrumb" aria-label="vous êtes ici :">
      <button class="fr-breadcrumb__button" aria-expanded="false" aria-controls="breadcrumb" type="button">
        Voir le fil d’Ariane
      </button>
      <div class="fr-collapse" id="breadcrumb">
        <ol class="fr-breadcrumb__list">
          {crumbs.map((crumb, index) => (
            <li key={index}>
              {index === crumbs.length - 1 || !crumb.href ? (
                <a class="fr-breadcrumb__link" aria-current="page">
                  {crumb.label}
                </a>
              ) : (
                <a class="fr-breadcrumb__link" href={crumb.href}>
                  {crumb.label}
                </a>
              )}
            </li>
          ))}
        </ol>
      </div>
    </nav>
  );
}

/** DSFR pagination with first/previous/next/last and a window of page numbers. */
export function Pagination({ page, pageCount, href }: { page: number; pageCount: number; href: (page: number) => string }) {
  if (pageCount <= 1) return null;
  const from = Math.max(1, Math.min(page - 2, pageCount - 4));
  const to = Math.min(pageCount, from + 4);
  const numbers: number[] = [];
  for (let n = from; n <= to; n++) numbers.push(n);
  const edge = (target: number, disabled: boolean, className: string, label: string) =>
    disabled ? (
      <a class={`fr-pagination__link ${className}`} aria-disabled="true" role="link">
        {label}
      </a>
    ) : (
      <a class={`fr-pagination__link ${className}`} href={href(target)}>
        {label}
      </a>
    );
  return (
    <nav role="navigation" class="fr-pagination fr-mt-4w" aria-label="Pagination">
      <ul class="fr-pagination__list">
        <li>{edge(1, page === 1, 'fr-pagination__link--first', 'Première page')}</li>
        <li>{edge(page - 1, page === 1, 'fr-pagination__link--prev fr-pagination__link--lg-label', 'Page précédente')}</li>
        {numbers.map((n) => (
          <li key={n}>
            {n === page ? (
              <a class="fr-pagination__link" aria-current="page" title={`Page ${n}`}>
                {n}
              </a>
            ) : (
              <a class="fr-pagination__link" href={href(n)} title={`Page ${n}`}>
                {n}
              </a>
            )}
          </li>
        ))}
        <li>{edge(page + 1, page === pageCount, 'fr-pagination__link--next fr-pagination__link--lg-label', 'Page suivante')}</li>
        <li>{edge(pageCount, page === pageCount, 'fr-pagination__link--last', 'Dernière page')}</li>
      </ul>
    </nav>
  );
}

export function Container({ children, class: className }: { children: ComponentChildren; class?: string }) {
  return <div class={`fr-container ${className ?? ''}`.trim()}>{children}</div>;
}

// Formatters are costly to build: one of each per process (pages format hundreds of numbers).
const NUMBER = new Intl.NumberFormat('fr-FR');
const DECIMAL = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
const PERCENT = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 });
const DATE = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' });
const DATE_TIME = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' });

/** Number formatted the French way (narrow no-break space between thousands). */
export function formatNumber(value: number): string {
  return NUMBER.format(value);
}

/** « 4,2 »: one decimal at most. */
export function formatDecimal(value: number): string {
  return DECIMAL.format(value);
}

/** « 60 % ». */
export function formatPercent(ratio: number): string {
  return PERCENT.format(ratio);
}

export function formatDate(value: Date | string): string {
  return DATE.format(new Date(value));
}

export function formatDateTime(value: Date | string): string {
  return DATE_TIME.format(new Date(value));
}

export function plural(count: number, one: string, many: string): string {
  return `${formatNumber(count)} ${count > 1 ? many : one}`;
}
