/** What someone says about their situation (profile and "Les services faits pour moi"). */
export const SITUATIONS = ['demandeur-emploi', 'salarie', 'etudiant', 'reconversion', 'createur', 'recruteur'] as const;
export type Situation = (typeof SITUATIONS)[number];

export const SITUATION_LABELS: Record<Situation, string> = {
  'demandeur-emploi': 'Demandeur d’emploi',
  salarie: 'Salarié',
  etudiant: 'Étudiant',
  reconversion: 'En reconversion',
  createur: 'Créateur d’entreprise',
  recruteur: 'Recruteur',
};

export function isSituation(value: unknown): value is Situation {
  return typeof value === 'string' && (SITUATIONS as readonly string[]).includes(value);
}
