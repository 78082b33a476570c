import { diffWords } from 'diff';
import { renderMarkdown } from '../../../../platform/html/markdown.js';
import { changedFields, displayValue, FIELD_LABELS, type ServiceContent } from '../service-content.js';

/** How the service will look in the Store (the preview step and the moderator's view). */
export function ContentView({ content, organisationName }: { content: ServiceContent; organisationName: string }) {
  const rows: (keyof ServiceContent)[] = ['type', 'audience', 'themes', 'platforms', 'languages', 'priceModel', 'priceText', 'romeCodes', 'url', 'accessibility'];
  return (
    <article class="es-preview fr-p-3w fr-mb-4w" aria-label="Aperçu de la fiche">
      <div class="fr-grid-row fr-grid-row--gutters fr-grid-row--middle">
        {content.logoPath ? (
          <div class="fr-col-auto">
            <img class="es-service-logo" src={content.logoPath} alt="" width={96} height={96} />
          </div>
        ) : null}
        <div class="fr-col">
          <p class="fr-h3 fr-mb-1w">{content.name || 'Sans nom'}</p>
          <p class="fr-text--lead fr-mb-1w">{content.pitch}</p>
          <p class="fr-text--sm fr-mb-0">Proposé par {organisationName}</p>
        </div>
      </div>
      <div class="fr-mt-3w" dangerouslySetInnerHTML={{ __html: renderMarkdown(content.description) }} />
      <dl class="fr-mt-3w">
        {rows
          .filter((field) => displayValue(content, field))
          .map((field) => (
            <div class="es-definition" key={field}>
              <dt class="fr-text--bold">{FIELD_LABELS[field]}</dt>
              <dd class="fr-mb-2w">{displayValue(content, field)}</dd>
            </div>
          ))}
      </dl>
      {content.screenshots.length ? (
        <ul class="es-screenshots fr-raw-list">
          {content.screenshots.map((src, index) => (
            <li key={src}>
              <img src={src} alt={`Capture d’écran ${index + 1} sur ${content.screenshots.length}`} loading="lazy" />
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}

/** Word-level diff of two texts: removed words struck out, added words underlined. */
function TextDiff({ before, after }: { before: string; after: string }) {
  // Very long texts would make the diff slow; past 20,000 characters show both versions whole.
  if (before.length + after.length > 20_000) {
    return (
      <>
        <del>{before}</del> <ins>{after}</ins>
      </>
    );
  }
  return (
    <>
      {diffWords(before, after).map((part, index) =>
        part.added ? <ins key={index}>{part.value}</ins> : part.removed ? <del key={index}>{part.value}</del> : <span key={index}>{part.value}</span>,
      )}
    </>
  );
}

/** The changed fields between two versions, each with its before/after, accessible as a table. */
export function ContentDiff({ before, after, caption }: { before: ServiceContent | null; after: ServiceContent; caption: string }) {
  const fields = changedFields(before, after);
  if (!fields.length) return <p>Aucun champ n’a changé.</p>;
  return (
    <div class="fr-table fr-table--no-caption-wrap">
      <table class="es-diff">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Champ</th>
            <th scope="col">Modification (texte supprimé barré, texte ajouté souligné)</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => (
            <tr key={field}>
              <th scope="row">{FIELD_LABELS[field]}</th>
              <td class="es-diff__cell">
                <TextDiff before={before ? displayValue(before, field) : ''} after={displayValue(after, field)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
