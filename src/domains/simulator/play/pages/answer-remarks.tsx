import { COMPETENCIES, COMPETENCY_LABELS, type Remark, type RemarkPolarity, type ScoreMap, type Span } from '../../engine/scenario.types.js';

export const POLARITY_LABELS: Record<RemarkPolarity, string> = { strength: 'Point fort', improvement: 'À travailler' };

interface Segment {
  text: string;
  /** The polarity of the remarks covering it ('improvement' wins when both do), or null. */
  polarity: RemarkPolarity | null;
}

/** Spans kept inside the text and non-empty (a stored remark is never trusted to be in range). */
function validSpans(text: string, spans: readonly Span[]): Span[] {
  return spans.filter((span) => Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.end <= text.length && span.start < span.end);
}

/** The answer cut at every span boundary, each piece with the polarity of the remarks that cover it. */
export function markSegments(text: string, remarks: readonly Remark[]): Segment[] {
  const covered = remarks.flatMap((remark) => validSpans(text, remark.spans).map((span) => ({ ...span, polarity: remark.polarity })));
  const cuts = [...new Set([0, text.length, ...covered.flatMap((span) => [span.start, span.end])])].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let index = 0; index < cuts.length - 1; index++) {
    const [start, end] = [cuts[index]!, cuts[index + 1]!];
    const over = covered.filter((span) => span.start <= start && span.end >= end);
    const polarity = over.length ? (over.some((span) => span.polarity === 'improvement') ? 'improvement' : 'strength') : null;
    const last = segments.at(-1);
    if (last && last.polarity === polarity) last.text += text.slice(start, end);
    else segments.push({ text: text.slice(start, end), polarity });
  }
  return segments;
}

/** The words of the answer a remark points to, each once, in order. */
export function remarkWords(text: string, remark: Remark): string[] {
  return [...new Set(validSpans(text, remark.spans).map((span) => text.slice(span.start, span.end)))];
}

/** « +2 Présentation, −1 Savoir-être » (in the order of the competencies), or null when nothing moved. */
export function describeGains(gained: ScoreMap): string | null {
  const parts = COMPETENCIES.filter((competency) => gained[competency]).map((competency) => {
    const points = gained[competency]!;
    return `${points > 0 ? '+' : '−'}${Math.abs(points)} ${COMPETENCY_LABELS[competency]}`;
  });
  return parts.length ? parts.join(', ') : null;
}

/** The answer with the words behind the remarks highlighted (<mark>), then each remark with its words. */
export function AnswerRemarks({ text, remarks, headingLevel = 'h3', id }: { text: string; remarks: readonly Remark[]; headingLevel?: 'h3' | 'h4' | 'h5'; id: string }) {
  const Heading = headingLevel;
  return (
    <div class="es-answer-remarks">
      <p class="fr-text--sm fr-mb-1v">
        Votre réponse (les passages relevés sont surlignés) :
      </p>
      <blockquote class="es-answer">
        <p>
          {markSegments(text, remarks).map((segment, index) =>
            segment.polarity ? (
              <mark class={`es-mark es-mark--${segment.polarity}`} key={index}>
                {segment.text}
              </mark>
            ) : (
              segment.text
            ),
          )}
        </p>
      </blockquote>
      <Heading class="fr-h6 fr-mt-2w" id={`${id}-remarques`}>
        Remarques sur cette réponse
      </Heading>
      {remarks.length ? (
        <ul aria-labelledby={`${id}-remarques`}>
          {remarks.map((remark, index) => {
            const words = remarkWords(text, remark);
            return (
              <li key={index} class="fr-mb-1w">
                <span class={`fr-badge fr-badge--sm fr-badge--no-icon ${remark.polarity === 'strength' ? 'fr-badge--success' : 'fr-badge--warning'}`}>{POLARITY_LABELS[remark.polarity]}</span>{' '}
                <span class="fr-text--bold">{COMPETENCY_LABELS[remark.competency]}</span> : {remark.message}
                {words.length ? (
                  <>
                    {' '}
                    Mots relevés :{' '}
                    {words.map((word, wordIndex) => (
                      <span key={wordIndex}>
                        {wordIndex ? ', ' : ''}« <mark class={`es-mark es-mark--${remark.polarity}`}>{word}</mark> »
                      </span>
                    ))}
                    .
                  </>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : (
        <p>Aucune remarque particulière.</p>
      )}
    </div>
  );
}
