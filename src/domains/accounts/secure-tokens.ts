import { createHash, randomBytes } from 'node:crypto';

/** A random opaque token (256 bits, URL-safe). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens and session ids are stored only as their SHA-256. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/;

export function emailProblem(email: string): string | null {
  const value = email.trim();
  if (!value) return 'Saisissez votre adresse e-mail.';
  if (value.length > 254 || !EMAIL.test(value)) return 'Saisissez une adresse e-mail valide, par exemple nom@domaine.fr.';
  return null;
}
