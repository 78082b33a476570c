import { CardFavourite, ServiceCard } from '../components/service-card.js';
import type { RankedService } from './guidance.ranking.js';
import type { GuidanceServiceRow } from './guidance.repository.js';

/** "Parce que vous cherchez à vous former, lié au métier de boulanger (D1102)." */
export function reasonsSentence(reasons: string[]): string {
  const text = reasons.join(', ');
  return text ? `${text.charAt(0).toUpperCase()}${text.slice(1)}.` : '';
}

/** The ranked services as cards, in order, each saying why it is proposed. */
export function GuidanceResults({ results, headingLevel = 3 }: { results: RankedService<GuidanceServiceRow>[]; headingLevel?: 2 | 3 }) {
  return (
    <ol class="fr-grid-row fr-grid-row--gutters es-unstyled-list">
      {results.map(({ service, reasons }) => (
        <li class="fr-col-12 fr-col-md-6 fr-col-lg-4" key={service.slug}>
          <ServiceCard service={service} headingLevel={headingLevel} note={reasonsSentence(reasons)} />
          <CardFavourite service={service} />
        </li>
      ))}
    </ol>
  );
}

/** Home page section for a logged-in person who saved their answers. */
export function ForYouSection({ results, href }: { results: RankedService<GuidanceServiceRow>[]; href: string }) {
  return (
    <section aria-labelledby="titre-pour-vous" class="fr-mb-6w">
      <h2 id="titre-pour-vous">Les services faits pour vous</h2>
      {results.length ? (
        <GuidanceResults results={results} />
      ) : (
        <p>Aucun service ne correspond pour l’instant à vos réponses. Essayez d’autres réponses.</p>
      )}
      <ul class="fr-btns-group fr-btns-group--inline-md fr-mt-2w">
        <li>
          <a class="fr-btn fr-btn--secondary" href={href}>
            Voir toute votre sélection
          </a>
        </li>
        <li>
          <a class="fr-btn fr-btn--tertiary" href={`${href}#questions`}>
            Modifier mes réponses
          </a>
        </li>
      </ul>
    </section>
  );
}

/** Home page invitation to answer the three questions (everyone, logged in or not). */
export function GuidanceCallout() {
  return (
    <div class="fr-callout fr-icon-questionnaire-line fr-mb-6w">
      <h2 class="fr-callout__title">Les services faits pour moi</h2>
      <p class="fr-callout__text">Répondez à trois questions sur votre situation et votre projet : nous vous proposons une sélection de services, en vous disant pourquoi.</p>
      <a class="fr-btn" href="/services-pour-moi">
        Trouver mes services
      </a>
    </div>
  );
}
