import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import { isSituation, type Situation } from './profile.vocabulary.js';

/** The job someone aims at: an OGR job title and its ROME sheet. */
export interface TargetJob {
  ogrCode: string;
  label: string;
  romeCode: string | null;
}

/** Answers to "Les services faits pour moi" kept in the profile (the situation and job live in their own columns). */
export interface SavedGuidance {
  /** One of the catalogue's theme slugs: what the person wants to do now. */
  theme: string;
  savedAt: string;
}

export interface Profile {
  situation: Situation | null;
  targetJob: TargetJob | null;
  departmentCode: string | null;
  guidance: SavedGuidance | null;
}

export interface ProfileValues {
  situation: Situation | null;
  targetJob: TargetJob | null;
  departmentCode: string | null;
}

export interface GuidanceAnswers {
  situation: Situation;
  theme: string;
  targetJob: TargetJob | null;
}

function savedGuidance(value: unknown): SavedGuidance | null {
  const stored = value as { envie?: unknown; enregistreLe?: unknown } | null;
  if (!stored || typeof stored.envie !== 'string') return null;
  return { theme: stored.envie, savedAt: typeof stored.enregistreLe === 'string' ? stored.enregistreLe : '' };
}

export async function findProfile(db: Db, accountId: number): Promise<Profile | undefined> {
  const row = await db
    .selectFrom('accounts')
    .select(['situation', 'target_ogr_code', 'target_job_label', 'target_rome_code', 'department_code', 'guidance'])
    .where('id', '=', accountId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    situation: isSituation(row.situation) ? row.situation : null,
    targetJob: row.target_ogr_code && row.target_job_label ? { ogrCode: row.target_ogr_code, label: row.target_job_label, romeCode: row.target_rome_code } : null,
    departmentCode: row.department_code,
    guidance: savedGuidance(row.guidance),
  };
}

function jobColumns(job: TargetJob | null) {
  return { target_ogr_code: job?.ogrCode ?? null, target_job_label: job?.label ?? null, target_rome_code: job?.romeCode ?? null };
}

export async function saveProfile(db: Db, accountId: number, values: ProfileValues): Promise<void> {
  await db
    .updateTable('accounts')
    .set({ situation: values.situation, ...jobColumns(values.targetJob), department_code: values.departmentCode, updated_at: sql`now()` as unknown as Date })
    .where('id', '=', accountId)
    .execute();
}

/** Keeps the answers to "Les services faits pour moi" in the profile (situation and job included). */
export async function saveGuidanceAnswers(db: Db, accountId: number, answers: GuidanceAnswers): Promise<void> {
  await db
    .updateTable('accounts')
    .set({
      situation: answers.situation,
      ...jobColumns(answers.targetJob),
      guidance: JSON.stringify({ envie: answers.theme, enregistreLe: new Date().toISOString() }),
      updated_at: sql`now()` as unknown as Date,
    })
    .where('id', '=', accountId)
    .execute();
}
