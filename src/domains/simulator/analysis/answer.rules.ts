// The rules of the answer analyser, applied in this order. Each rule documents what it looks for;
// every remark carries the spans (original offsets) of the words that caused it.
//  1. empty_answer (à travailler, argumentation): nothing but spaces. The other rules are skipped.
//  2. too_short (à travailler, argumentation): fewer than 20 words. Span: the whole answer.
//  3. too_long (à travailler, présentation): more than 250 words. Span: from the 251st word to the end.
//  4. well_developed (point fort, argumentation): 40 to 250 words. Span: the whole answer.
//  5. star_complete (point fort) / star_partial / star_missing (à travailler), argumentation: situation,
//     action and result cues (answer.lexicon.ts). star_missing only from 20 words. Spans: the cues.
//  6. figures (point fort) / figures_missing (à travailler, from 20 words), argumentation: numbers in
//     digits or in words, with their unit (%, €, durations, counts). « un », « une », « neuf », « demi »
//     count only before a unit of measure or another number (« un an », « neuf mois », « une dizaine »).
//     Spans: each figure with its unit.
//  7. examples (point fort, argumentation): « par exemple », « notamment », « j'ai eu l'occasion »…
//  8. job_vocabulary (point fort) / job_vocabulary_missing (à travailler, from 20 words), connaissance
//     de l'entreprise: words of the target job's labels (same word, plural, or same beginning of 5+
//     letters with at most 3 letters of difference: « vendeuse » matches « vendeur »).
//  9. company_knowledge (point fort, connaissance de l'entreprise): « votre enseigne », « vos clients »,
//     « je me suis renseigné », the company's name.
// 10. motivation (point fort) / motivation_doubt (à travailler), motivation.
// 11. hesitations (à travailler, présentation): « euh », « bah », « ben », « … ».
// 12. fillers (à travailler, présentation): « du coup », « en fait », « genre », « voilà », « quoi »…
// 13. long_sentence (à travailler, présentation): a sentence of more than 45 words. Span: the sentence.
// 14. politeness (point fort, savoir-être): « bonjour », « merci », « madame »…
// 15. vouvoiement (point fort) / tutoiement (à travailler), savoir-être.
// 16. familiar_register (à travailler, savoir-être): « ouais », « boulot », « sympa »…
// 17. negative_talk (à travailler, savoir-être): « nul », « incompétent », « viré »…
// 18. impersonal_on (à travailler, argumentation): « on » 3 times or more and more often than « je ».
import * as L from './answer.lexicon.js';
import { findPhrases, normaliseText, phraseRegex, tokenise, toSpan } from './text.normalise.js';
import type { NormalisedText, Token } from './text.normalise.js';
import type { CompetencyId, Remark, RemarkPolarity, Span } from '../engine/scenario.types.js';

export const SHORT_WORDS = 20;
export const DEVELOPED_WORDS = 40;
export const LONG_WORDS = 250;
export const LONG_SENTENCE_WORDS = 45;

export interface RuleInput {
  original: string;
  norm: NormalisedText;
  tokens: Token[];
  words: Array<{ start: number; end: number }>;
  sentences: Array<{ start: number; end: number; words: number }>;
  vocabulary: string[];
  companyName: string;
}

type Range = { start: number; end: number };
type Rule = (input: RuleInput) => Remark[];

const regexes = {
  situation: phraseRegex(L.SITUATION_CUES), action: phraseRegex(L.ACTION_CUES), result: phraseRegex(L.RESULT_CUES),
  example: phraseRegex(L.EXAMPLE_CUES), company: phraseRegex(L.COMPANY_CUES), motivation: phraseRegex(L.MOTIVATION_CUES),
  doubt: phraseRegex(L.MOTIVATION_DOUBT_CUES), hesitation: phraseRegex(L.HESITATION_CUES), filler: phraseRegex(L.FILLER_CUES),
  politeness: phraseRegex(L.POLITENESS_CUES), vous: phraseRegex(L.VOUS_CUES), tu: phraseRegex(L.TU_CUES),
  familiar: phraseRegex(L.FAMILIAR_CUES), negative: phraseRegex(L.NEGATIVE_CUES), on: phraseRegex(['on']),
};

function remark(code: string, polarity: RemarkPolarity, competency: CompetencyId, message: string, input: RuleInput, ranges: Range[]): Remark {
  const spans: Span[] = ranges.map((r) => toSpan(input.norm, r.start, r.end));
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  const unique = spans.filter((s, i) => i === 0 || s.start !== spans[i - 1]?.start || s.end !== spans[i - 1]?.end);
  return { code, polarity, competency, message, spans: unique };
}

const quoteList = (input: RuleInput, ranges: Range[], max = 4): string => {
  const words = [...new Set(ranges.map((r) => { const s = toSpan(input.norm, r.start, r.end); return input.original.slice(s.start, s.end); }))];
  return words.slice(0, max).map((w) => `« ${w} »`).join(', ') + (words.length > max ? '…' : '');
};

const whole = (input: RuleInput): Range[] => {
  const first = input.words[0];
  const last = input.words[input.words.length - 1];
  return first && last ? [{ start: first.start, end: last.end }] : [];
};

const simple = (code: string, polarity: RemarkPolarity, competency: CompetencyId, regex: RegExp, message: (found: string, count: number) => string): Rule =>
  (input) => {
    const found = findPhrases(input.norm, regex);
    return found.length === 0 ? [] : [remark(code, polarity, competency, message(quoteList(input, found), found.length), input, found)];
  };

const lengthRules: Rule = (input) => {
  const n = input.words.length;
  if (n < SHORT_WORDS) return [remark('too_short', 'improvement', 'argumentation', `Réponse très courte (${n} mot${n > 1 ? 's' : ''}) : développez avec un exemple précis (visez 40 à 250 mots).`, input, whole(input))];
  if (n > LONG_WORDS) {
    const from = input.words[LONG_WORDS]?.start ?? 0;
    const to = input.words[n - 1]?.end ?? from;
    return [remark('too_long', 'improvement', 'presentation', `Réponse longue (${n} mots) : au-delà de ${LONG_WORDS} mots, le recruteur risque de décrocher ; allez à l'essentiel.`, input, [{ start: from, end: to }])];
  }
  if (n >= DEVELOPED_WORDS) return [remark('well_developed', 'strength', 'argumentation', `Réponse bien développée (${n} mots).`, input, whole(input))];
  return [];
};

const starRule: Rule = (input) => {
  const parts = [
    { name: 'la situation', found: findPhrases(input.norm, regexes.situation) },
    { name: "l'action que vous avez menée", found: findPhrases(input.norm, regexes.action) },
    { name: 'le résultat obtenu', found: findPhrases(input.norm, regexes.result) },
  ];
  const present = parts.filter((p) => p.found.length > 0);
  const cues = present.flatMap((p) => p.found);
  if (present.length === 3) return [remark('star_complete', 'strength', 'argumentation', 'Réponse structurée : la situation, votre action et le résultat sont présents.', input, cues)];
  if (present.length > 0) {
    const missing = parts.filter((p) => p.found.length === 0).map((p) => p.name).join(' et ');
    return [remark('star_partial', 'improvement', 'argumentation', `Structure incomplète : il manque ${missing}. Pensez à la méthode STAR (situation, action, résultat).`, input, cues)];
  }
  if (input.words.length < SHORT_WORDS) return [];
  return [remark('star_missing', 'improvement', 'argumentation', 'Aucune structure repérée : racontez la situation, ce que vous avez fait, puis le résultat obtenu.', input, [])];
};

/** Figures: number tokens or number words, extended over following numbers and one unit. */
export function findFigures(tokens: Token[], text: string): Range[] {
  const parts = tokens.map((t) => (t.kind === 'word' ? t.text.split('-') : [t.text]));
  const numberWord = tokens.map((t, k) => t.kind === 'word' && (parts[k] ?? []).every((p) => L.NUMBER_WORDS.has(p) || p === 'et' || L.AMBIGUOUS_NUMBER_WORDS.has(p)) && (parts[k] ?? []).some((p) => L.NUMBER_WORDS.has(p)));
  const measure = tokens.map((t, k) => L.MEASURE_UNITS.has(t.text) || (t.kind === 'word' && (parts[k]?.length ?? 0) > 1 && (parts[k] ?? []).some((p) => L.MEASURE_UNITS.has(p))));
  const unit = tokens.map((t, k) => measure[k] === true || L.COUNT_UNITS.has(t.text));
  const numeric = tokens.map((t, k) => t.kind === 'number' || numberWord[k] === true);
  const figures: Range[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    const ambiguousStart = t.kind === 'word' && L.AMBIGUOUS_NUMBER_WORDS.has(parts[i]?.[0] ?? '') && (measure[i + 1] === true || numeric[i + 1] === true || ((parts[i]?.length ?? 0) > 1 && measure[i] === true));
    if (!numeric[i] && !ambiguousStart) { i++; continue; }
    let end = i;
    for (;;) {
      const a = tokens[end] as Token;
      const b = tokens[end + 1];
      if (!b) break;
      const gap = text.slice(a.end, b.start);
      const thousands = a.kind === 'number' && b.kind === 'number' && /^\d{1,3}$/.test(a.text) && /^\d{3}(?:[.,]\d+)?$/.test(b.text) && gap === ' ';
      const wordChain = a.kind !== 'symbol' && (numberWord[end + 1] === true || (b.text === 'et' && numberWord[end + 2] === true)) && /^[\s-]*$/.test(gap);
      if (thousands || wordChain) { end += b.text === 'et' ? 2 : 1; continue; }
      break;
    }
    if (unit[end + 1]) end += 1;
    else if (tokens[end + 1]?.text === 'pour' && tokens[end + 2]?.text === 'cent') end += 2;
    const first = tokens[i] as Token;
    const last = tokens[end] as Token;
    if (!(first.kind === 'word' && L.AMBIGUOUS_NUMBER_WORDS.has(first.text) && end === i)) figures.push({ start: first.start, end: last.end });
    i = end + 1;
  }
  return figures;
}

const figuresRule: Rule = (input) => {
  const figures = findFigures(input.tokens, input.norm.text);
  if (figures.length > 0) return [remark('figures', 'strength', 'argumentation', `Vous appuyez vos propos sur des éléments chiffrés (${quoteList(input, figures)}) : c'est concret.`, input, figures)];
  if (input.words.length < SHORT_WORDS) return [];
  return [remark('figures_missing', 'improvement', 'argumentation', 'Aucun chiffre : une durée, un nombre de clients ou un résultat chiffré rendrait votre réponse plus concrète.', input, [])];
};

/** Distinct normalised words of the job vocabulary (stop words and words under 3 letters removed). */
const vocabularyCache = new Map<string, string[]>();

export function vocabularyWords(vocabulary: readonly string[]): string[] {
  const key = vocabulary.join('\n');
  const cached = vocabularyCache.get(key);
  if (cached) return cached;
  if (vocabularyCache.size >= 200) vocabularyCache.clear();
  const words = vocabulary.flatMap((label) => tokenise(normaliseText(label)).filter((t) => t.kind === 'word').flatMap((t) => t.text.split('-')));
  const result = [...new Set(words.filter((w) => w.length >= 3 && !L.VOCABULARY_STOPWORDS.has(w)))].sort();
  vocabularyCache.set(key, result);
  return result;
}

/** Same word, plural (s/x), or a shared beginning of 5+ letters with lengths within 3 letters. */
export function vocabularyMatch(word: string, target: string): boolean {
  if (word === target || word === `${target}s` || word === `${target}x` || target === `${word}s` || target === `${word}x`) return true;
  if (Math.abs(word.length - target.length) > 3) return false;
  let common = 0;
  while (common < word.length && common < target.length && word[common] === target[common]) common++;
  return common >= 5 && common >= Math.min(word.length, target.length) - 3;
}

/** A vocabulary word as written in the job titles (« hôte », not the folded « hote »). */
function asWritten(vocabulary: readonly string[], folded: string): string {
  for (const label of vocabulary) {
    for (const word of label.toLowerCase().split(/[^\p{L}]+/u)) {
      if (word && normaliseText(word).text === folded) return word;
    }
  }
  return folded;
}

const vocabularyRule: Rule = (input) => {
  const targets = vocabularyWords(input.vocabulary);
  if (targets.length === 0) return [];
  const found = input.tokens.filter((t) => t.kind === 'word' && t.text.length >= 3 && targets.some((v) => vocabularyMatch(t.text, v)));
  if (found.length > 0) return [remark('job_vocabulary', 'strength', 'connaissance_entreprise', `Vous employez le vocabulaire du métier : ${quoteList(input, found)}.`, input, found)];
  if (input.words.length < SHORT_WORDS) return [];
  return [remark('job_vocabulary_missing', 'improvement', 'connaissance_entreprise', `Le vocabulaire du métier visé n'apparaît pas : parlez de ses tâches avec ses mots (${targets.slice(0, 4).map((w) => `« ${asWritten(input.vocabulary, w)} »`).join(', ')}…).`, input, [])];
};

const companyRule: Rule = (input) => {
  const found = findPhrases(input.norm, regexes.company);
  const name = normaliseText(input.companyName).text.trim();
  if (name.length >= 3) found.push(...findPhrases(input.norm, phraseRegex([name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')])));
  return found.length === 0 ? [] : [remark('company_knowledge', 'strength', 'connaissance_entreprise', `Vous montrez que vous vous intéressez à l'entreprise (${quoteList(input, found)}).`, input, found)];
};

const hesitationRule: Rule = (input) => {
  const found = [...findPhrases(input.norm, regexes.hesitation), ...[...input.norm.text.matchAll(L.ELLIPSIS)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }))];
  return found.length === 0 ? [] : [remark('hesitations', 'improvement', 'presentation', `Marques d'hésitation (${found.length}) : remplacez-les par une courte pause et une phrase nette.`, input, found)];
};

const longSentenceRule: Rule = (input) => {
  const long = input.sentences.filter((s) => s.words > LONG_SENTENCE_WORDS);
  return long.length === 0 ? [] : [remark('long_sentence', 'improvement', 'presentation', `Phrase${long.length > 1 ? 's' : ''} très longue${long.length > 1 ? 's' : ''} (plus de ${LONG_SENTENCE_WORDS} mots) : coupez pour rester clair.`, input, long)];
};

const onRule: Rule = (input) => {
  const on = findPhrases(input.norm, regexes.on);
  const je = input.tokens.filter((t) => t.text === 'je' || t.text === 'j').length;
  return on.length >= 3 && on.length > je ? [remark('impersonal_on', 'improvement', 'argumentation', `Vous dites souvent « on » (${on.length} fois) : dites « je » pour montrer votre propre rôle.`, input, on)] : [];
};

/** The rules, in the order their remarks are reported. */
export const RULES: readonly Rule[] = [
  lengthRules,
  starRule,
  figuresRule,
  simple('examples', 'strength', 'argumentation', regexes.example, (f) => `Vous illustrez par un exemple concret (${f}).`),
  vocabularyRule,
  companyRule,
  simple('motivation', 'strength', 'motivation', regexes.motivation, (f) => `Vous exprimez votre motivation (${f}).`),
  simple('motivation_doubt', 'improvement', 'motivation', regexes.doubt, (f) => `Certaines formules laissent douter de votre motivation (${f}) : dites ce qui vous attire dans ce poste.`),
  hesitationRule,
  simple('fillers', 'improvement', 'presentation', regexes.filler, (f, n) => `Tics de langage (${n}) : ${f} affaiblissent votre propos.`),
  longSentenceRule,
  simple('politeness', 'strength', 'savoir_etre', regexes.politeness, (f) => `Formules de politesse (${f}) : bonne impression.`),
  simple('vouvoiement', 'strength', 'savoir_etre', regexes.vous, () => 'Vous vouvoyez votre interlocuteur : le registre attendu en entretien.'),
  simple('tutoiement', 'improvement', 'savoir_etre', regexes.tu, (f) => `Tutoiement (${f}) : en entretien, vouvoyez le recruteur.`),
  simple('familiar_register', 'improvement', 'savoir_etre', regexes.familiar, (f) => `Registre familier (${f}) : préférez un vocabulaire professionnel.`),
  simple('negative_talk', 'improvement', 'savoir_etre', regexes.negative, (f) => `Propos négatifs (${f}) : restez factuel et positif sur vos anciens employeurs et collègues.`),
  onRule,
];
