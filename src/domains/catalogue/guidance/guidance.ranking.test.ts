import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type GuidanceCandidate, type GuidanceProfile, rankServices } from './guidance.ranking.js';

type Fixture = GuidanceCandidate & { name: string };

function service(name: string, values: Partial<GuidanceCandidate> = {}): Fixture {
  return { name, themes: [], audience: 'candidats', rome_codes: [], views: 0, rating_average: null, rating_count: 0, ...values };
}

const names = (ranked: { service: Fixture }[]) => ranked.map((entry) => entry.service.name);

const baker: GuidanceProfile = { situation: 'demandeur-emploi', theme: 'se-former', job: { name: 'boulanger', romeCode: 'D1102' } };

const CATALOGUE: Fixture[] = [
  service('Bureautique pour tous', { themes: ['se-former'], views: 200_000, rating_average: 4.9, rating_count: 120 }),
  service('Le fournil virtuel', { themes: ['se-former', 'choisir-un-metier'], rome_codes: ['D1102', 'D1106'], views: 3_000, rating_average: 3.2, rating_count: 5 }),
  service('Vendre en boulangerie', { themes: ['choisir-un-metier'], rome_codes: ['D1106'], views: 1_000 }),
  service('Recruter un boulanger', { themes: ['se-former', 'trouver-un-emploi'], audience: 'entreprises', rome_codes: ['D1102'], views: 500_000, rating_average: 5, rating_count: 40 }),
  service('Coder pour débuter', { themes: ['choisir-un-metier'], rome_codes: ['M1805'], views: 90_000 }),
  service('Préparer un entretien', { themes: ['preparer-sa-candidature'], views: 10_000 }),
];

describe('ranking of "Les services faits pour moi"', () => {
  test('a bakery service tagged D1102 and "se former" ranks first for a future baker who wants to train', () => {
    const ranked = rankServices(CATALOGUE, baker);
    assert.equal(ranked[0]!.service.name, 'Le fournil virtuel');
    assert.deepEqual(ranked[0]!.reasons.slice(0, 2), ['parce que vous cherchez à vous former', 'lié au métier de boulanger (D1102)']);
  });

  test('a service for companies is left out for a job seeker, however popular and well rated', () => {
    assert.ok(!names(rankServices(CATALOGUE, baker)).includes('Recruter un boulanger'));
  });

  test('a recruiter gets services for companies (and for everyone), not those for candidates', () => {
    const ranked = rankServices(CATALOGUE, { situation: 'recruteur', theme: 'se-former', job: null });
    assert.deepEqual(names(ranked), ['Recruter un boulanger']);
    assert.ok(ranked[0]!.reasons.includes('utile pour recruter'));
  });

  test('rating and popularity never override a strong relevance', () => {
    const ranked = names(rankServices(CATALOGUE, baker));
    // The hugely popular five-star course matches the theme only: it comes after the theme + job match.
    assert.ok(ranked.indexOf('Le fournil virtuel') < ranked.indexOf('Bureautique pour tous'));
    // A theme match beats a service that only shares the job's professional domain (D11).
    assert.ok(ranked.indexOf('Bureautique pour tous') < ranked.indexOf('Vendre en boulangerie'));
  });

  test('rating, then popularity, break ties between equally relevant services', () => {
    const tied = [
      service('B — bien noté', { themes: ['se-former'], views: 100, rating_average: 4.8, rating_count: 30 }),
      service('A — peu consulté', { themes: ['se-former'], views: 10 }),
      service('C — très consulté', { themes: ['se-former'], views: 50_000 }),
      service('D — mal noté', { themes: ['se-former'], views: 100, rating_average: 1.5, rating_count: 30 }),
    ];
    const ranked = rankServices(tied, { situation: 'salarie', theme: 'se-former', job: null });
    assert.deepEqual(names(ranked), ['B — bien noté', 'C — très consulté', 'D — mal noté', 'A — peu consulté']);
    assert.ok(ranked[0]!.reasons.includes('très bien noté (4,8/5)'));
    assert.ok(ranked[1]!.reasons.includes('souvent consulté'));
    assert.ok(!ranked[3]!.reasons.includes('souvent consulté'));
  });

  test('a situation boosts the themes it prefers: a creator sees business-creation services first', () => {
    const candidates = [
      service('Se former au numérique', { themes: ['se-former'], views: 90_000, rating_average: 4.9, rating_count: 50 }),
      service('Gestion pour créateurs', { themes: ['se-former', 'creer-son-entreprise'], views: 50 }),
    ];
    const ranked = rankServices(candidates, { situation: 'createur', theme: 'se-former', job: null });
    assert.deepEqual(names(ranked), ['Gestion pour créateurs', 'Se former au numérique']);
    assert.deepEqual(ranked[0]!.reasons, ['parce que vous cherchez à vous former', 'utile pour créer votre entreprise']);
  });

  test('services matching none of the answers are left out; no rating at all is fine', () => {
    const ranked = rankServices(CATALOGUE, { situation: 'etudiant', theme: 'travailler-a-l-international', job: { name: 'aide-soignant', romeCode: 'J1501' } });
    assert.ok(ranked.every((entry) => entry.score > 0));
    assert.deepEqual(names(ranked).sort(), ['Bureautique pour tous', 'Coder pour débuter', 'Le fournil virtuel', 'Vendre en boulangerie'].sort());
    assert.equal(rankServices([], baker).length, 0);
  });

  test('reasons use French elision and the limit is kept', () => {
    const ranked = rankServices([service('Soins', { themes: [], rome_codes: ['J1501'] })], { situation: 'reconversion', theme: 'se-former', job: { name: 'aide-soignant', romeCode: 'J1501' } });
    assert.deepEqual(ranked[0]!.reasons, ['lié au métier d’aide-soignant (J1501)']);
    assert.equal(rankServices(CATALOGUE, baker, 2).length, 2);
  });
});
