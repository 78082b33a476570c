import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseAnswer } from './answer.analyser.js';
import type { AnalysisContext } from './answer.analyser.js';
import type { AnswerAnalysis } from '../engine/scenario.types.js';

/** { code: [words of its spans] } in rule order. */
function remarksOf(text: string, context?: AnalysisContext): Array<[string, string[]]> {
  const analysis = analyseAnswer(text, context);
  checkSpans(text, analysis);
  return analysis.remarks.map((r) => [r.code, r.spans.map((s) => text.slice(s.start, s.end))]);
}

function checkSpans(text: string, analysis: AnswerAnalysis): void {
  for (const remark of analysis.remarks) {
    for (const span of remark.spans) {
      assert.ok(span.start >= 0 && span.start < span.end && span.end <= text.length, `${remark.code}: span ${JSON.stringify(span)} out of the answer`);
      assert.match(text.slice(span.start, span.end), /^\S(?:.*\S)?$/su, `${remark.code}: a span starts and ends on a visible character`);
    }
  }
}

const codes = (text: string, context?: AnalysisContext) => analyseAnswer(text, context).remarks.map((r) => r.code);
const spansOf = (text: string, code: string, context?: AnalysisContext) => remarksOf(text, context).find(([c]) => c === code)?.[1];

describe('analyser: empty and short answers', () => {
  it('an empty or blank answer gives only empty_answer', () => {
    for (const text of ['', '   \n\t ']) {
      const analysis = analyseAnswer(text);
      assert.deepEqual(analysis.remarks.map((r) => [r.code, r.polarity, r.competency, r.spans]), [['empty_answer', 'improvement', 'argumentation', []]]);
      assert.deepEqual(analysis.metrics, { characters: text.length, words: 0, sentences: 0 });
    }
  });

  it('a short polite answer: too_short over the words, politeness on each polite word', () => {
    const text = 'Bonjour Madame, merci de me recevoir.';
    assert.deepEqual(remarksOf(text), [['too_short', ['Bonjour Madame, merci de me recevoir']], ['politeness', ['Bonjour', 'Madame', 'merci']]]);
    assert.deepEqual(analyseAnswer(text).metrics, { characters: 37, words: 6, sentences: 1 });
    const [short] = analyseAnswer(text).remarks;
    assert.equal(short?.polarity, 'improvement');
    assert.match(short?.message ?? '', /6 mots/);
  });
});

describe('analyser: structure, figures, examples', () => {
  it('figures written as words, typographic apostrophes and accents: spans point to the words as written', () => {
    const text = "J’ai travaillé deux ans et demi chez Leclerc : j’ai géré une équipe de douze personnes, soit une quinzaine de clients par heure, et le chiffre d'affaires a augmenté de dix-huit pour cent.";
    assert.deepEqual(remarksOf(text), [
      ['star_complete', ['chez', 'j’ai géré', 'a augmenté']],
      ['figures', ['deux ans', 'douze personnes', 'une quinzaine', 'dix-huit pour cent']],
    ]);
    assert.equal(analyseAnswer(text).metrics.words, 32, '« J’ai » and « dix-huit » are one word each');
  });

  it('digits, money, percentages and thousands separators (normal and non-breaking spaces)', () => {
    const text = 'Mon panier moyen est passé de 45 € à 52,50 €, soit +15 %, sur 2 000 ventes et 1\u00a0200 clients en 2023.';
    assert.deepEqual(spansOf(text, 'figures'), ['45 €', '52,50 €', '15 %', '2 000 ventes', '1\u00a0200 clients', '2023']);
  });

  it('« un », « une », « neuf » are figures only before a unit of measure or a number', () => {
    assert.deepEqual(spansOf("J'ai vendu un vélo neuf à un client en neuf mois.", 'figures'), ['neuf mois']);
    assert.deepEqual(spansOf("J'y suis resté un an, puis une demi-heure par jour et une dizaine de fois.", 'figures'), ['un an', 'une demi-heure', 'une dizaine']);
    assert.equal(spansOf("J'ai aidé un client et une cliente à choisir un cadeau.", 'figures'), undefined);
  });

  it('partial structure names what is missing; no structure from 20 words', () => {
    const partial = analyseAnswer("Lorsque j'étais en stage, il y avait beaucoup de clients.");
    const star = partial.remarks.find((r) => r.code === 'star_partial');
    assert.match(star?.message ?? '', /il manque l'action que vous avez menée et le résultat obtenu/);
    assert.deepEqual(spansOf("Lorsque j'étais en stage, il y avait beaucoup de clients.", 'star_partial'), ['Lorsque', "j'étais"]);
    const vague = 'Je suis quelqu’un de sérieux et de très motivé, je pense être une bonne personne pour ce travail parce que je sais travailler avec les autres.';
    assert.deepEqual(codes(vague), ['star_missing', 'figures_missing', 'motivation']);
    assert.deepEqual(analyseAnswer(vague).remarks.slice(0, 2).map((r) => r.spans), [[], []]);
  });

  it('cues ending with an apostrophe take the next word: « lorsqu’il », « quand j’étais », « lors d’un »', () => {
    const text = "Lorsqu’il y avait du monde, quand j'étais seul, lors d’un rush, j'ai organisé la file ; résultat : personne n'attendait.";
    assert.deepEqual(spansOf(text, 'star_complete'), ['Lorsqu’il', "quand j'étais", 'lors d’un', "j'ai organisé", 'résultat']);
  });

  it('concrete examples', () => {
    assert.deepEqual(spansOf("Par exemple, j’ai eu l’occasion de gérer la caisse, notamment le samedi.", 'examples'), ['Par exemple', 'j’ai eu l’occasion', 'notamment']);
  });
});

describe('analyser: job vocabulary and company', () => {
  const vocabulary = ['Serveur / Serveuse en restauration', 'Chef de rang'];

  it('finds the words of the job labels (feminine, plural), ignoring stop words', () => {
    assert.deepEqual(spansOf("J'ai été serveuse pendant deux saisons, puis chef de rang dans une brasserie.", 'job_vocabulary', { vocabulary }), ['serveuse', 'chef', 'rang']);
    assert.deepEqual(spansOf('Les serveurs et la restauration rapide.', 'job_vocabulary', { vocabulary }), ['serveurs', 'restauration']);
  });

  it('says so when a developed answer has none, listing words to use', () => {
    const text = "J'aime le contact, je suis ponctuel et souriant, je sais m'adapter aux situations difficiles et travailler en équipe avec mes collègues chaque jour.";
    const remark = analyseAnswer(text, { vocabulary }).remarks.find((r) => r.code === 'job_vocabulary_missing');
    assert.deepEqual(remark?.spans, []);
    assert.match(remark?.message ?? '', /« chef », « rang », « restauration », « serveur »/);
    assert.equal(codes(text).includes('job_vocabulary_missing'), false, 'no vocabulary given → no remark');
  });

  it('company knowledge: cues and the company name, accents ignored', () => {
    assert.deepEqual(spansOf("J'ai visité votre boutique, et la Crêperie Léa me plaît.", 'company_knowledge', { companyName: 'Creperie lea' }), ["J'ai visité", 'votre boutique', 'Crêperie Léa']);
  });
});

describe('analyser: hesitations, fillers, register', () => {
  it('hesitations and fillers; « ce genre de poste » is not a tic but the second « genre » is', () => {
    const text = "Euh, du coup, en fait j'aime bien ce genre de poste, genre vraiment, voilà quoi…";
    assert.deepEqual(remarksOf(text), [
      ['too_short', ["Euh, du coup, en fait j'aime bien ce genre de poste, genre vraiment, voilà quoi"]],
      ['motivation', ["j'aime"]],
      ['hesitations', ['Euh', '…']],
      ['fillers', ['du coup', 'en fait', 'genre', 'voilà', 'quoi']],
    ]);
    const fillers = analyseAnswer(text).remarks.find((r) => r.code === 'fillers');
    assert.equal(fillers?.spans[2]?.start, text.indexOf('genre vraiment'));
    assert.equal(fillers?.polarity, 'improvement');
    assert.equal(fillers?.competency, 'presentation');
  });

  it('tutoiement but not « le ton »; « pourquoi » is no filler', () => {
    assert.deepEqual(remarksOf("Je garde toujours le ton calme. Tu vois, t'as compris pourquoi."), [
      ['too_short', ["Je garde toujours le ton calme. Tu vois, t'as compris pourquoi"]],
      ['fillers', ['Tu vois']],
      ['tutoiement', ['Tu', "t'as"]],
    ]);
  });

  it('familiar register and negative talk', () => {
    assert.deepEqual(remarksOf('Mon ancien patron était nul et le boulot pas sympa, ouais.').slice(1), [
      ['familiar_register', ['boulot', 'sympa', 'ouais']],
      ['negative_talk', ['nul']],
    ]);
  });

  it('« on » more than « je »', () => {
    assert.deepEqual(spansOf("On a fait ça, on a rangé, on a vendu, j'ai aidé.", 'impersonal_on'), ['On', 'on', 'on']);
    assert.equal(spansOf("On a fait ça, j'ai rangé, on a vendu, j'ai aidé, on a fini, je suis parti.", 'impersonal_on'), undefined);
  });

  it('motivation and doubts', () => {
    assert.deepEqual(spansOf("Je ne sais pas trop, c'est pour l'argent.", 'motivation_doubt'), ['Je ne sais pas', "pour l'argent"]);
    assert.deepEqual(spansOf('Je souhaite vraiment rejoindre une équipe motivée.', 'motivation'), ['Je souhaite', 'rejoindre', 'motivée']);
  });
});

describe('analyser: offsets, long answers, determinism', () => {
  it('offsets are UTF-16 offsets of the original, past emoji and letters that normalise to two (œ)', () => {
    const text = "🙂 Bonjour, j'ai le cœur à l'ouvrage : 3 ans de métier, Œuvre et 5 ans encore.";
    assert.deepEqual(spansOf(text, 'politeness'), ['Bonjour']);
    assert.deepEqual(spansOf(text, 'figures'), ['3 ans', '5 ans']);
    assert.equal(analyseAnswer(text).remarks.find((r) => r.code === 'politeness')?.spans[0]?.start, 3);
  });

  it('a very long answer: too_long points from the 251st word to the end; a sentence over 45 words is flagged', () => {
    const sentence = "Lorsque j'étais vendeur chez Durand, j'ai conseillé trois clients par heure. ";
    const text = sentence.repeat(30).trim();
    const words = [...text.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)];
    assert.equal(words.length, 330);
    const tooLong = analyseAnswer(text).remarks.find((r) => r.code === 'too_long');
    assert.deepEqual(tooLong?.spans, [{ start: words[250]?.index, end: text.length - 1 }]);
    assert.match(tooLong?.message ?? '', /330 mots/);
    assert.equal(codes(text).includes('long_sentence'), false);
    const runOn = Array.from({ length: 50 }, (_, i) => (i % 2 === 0 ? 'et' : 'ensuite')).join(' ');
    assert.deepEqual(spansOf(`Bonjour. ${runOn}. Merci.`, 'long_sentence'), [runOn]);
  });

  it('the same answer always gives the same analysis, and the rule order is stable', () => {
    const text = "Bonjour ! Lorsque j'étais serveur, euh, j'ai géré 40 couverts ; résultat : des clients satisfaits. Je souhaite rejoindre votre équipe.";
    const context = { vocabulary: ['Serveur / Serveuse en restauration'], companyName: 'Le Bistrot' };
    assert.deepEqual(analyseAnswer(text, context), analyseAnswer(text, context));
    assert.deepEqual(codes(text, context), ['too_short', 'star_complete', 'figures', 'job_vocabulary', 'company_knowledge', 'motivation', 'hesitations', 'politeness', 'vouvoiement']);
  });
});
