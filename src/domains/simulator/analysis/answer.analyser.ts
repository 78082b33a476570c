// Local, rule-based analysis of a free-text answer: no network, no model, no randomness.
// The rules and their thresholds are documented in answer.rules.ts.
import { RULES } from './answer.rules.js';
import { normaliseText, sentenceRanges, tokenise, wordRanges } from './text.normalise.js';
import type { AnswerAnalysis } from '../engine/scenario.types.js';

export interface AnalysisContext {
  /** Words of the target job (ROME job title / sheet labels), any case and accents. */
  vocabulary?: readonly string[];
  /** Name of the company of the interview: citing it counts as knowledge of the company. */
  companyName?: string;
}

/**
 * Analyses an answer: metrics (characters, words, sentences) and remarks, each with a code, a French
 * message, a polarity, the competency it feeds and the spans of the words that caused it (offsets
 * into `text` as given). Deterministic; remarks come in rule order.
 */
export function analyseAnswer(text: string, context: AnalysisContext = {}): AnswerAnalysis {
  const norm = normaliseText(text);
  const words = wordRanges(norm);
  const sentences = sentenceRanges(norm).map((s) => ({ ...s, words: words.filter((w) => w.start >= s.start && w.end <= s.end).length }));
  const metrics = { characters: text.length, words: words.length, sentences: sentences.length };
  if (words.length === 0) {
    return {
      metrics,
      remarks: [{ code: 'empty_answer', polarity: 'improvement', competency: 'argumentation', message: 'Votre réponse est vide : le recruteur attend une réponse développée.', spans: [] }],
    };
  }
  const input = { original: text, norm, tokens: tokenise(norm), words, sentences, vocabulary: [...(context.vocabulary ?? [])], companyName: context.companyName ?? '' };
  return { metrics, remarks: RULES.flatMap((rule) => rule(input)) };
}
