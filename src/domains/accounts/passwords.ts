import { hash, verify } from '@node-rs/argon2';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

/**
 * The password policy (ANSSI/CNIL style): at least 12 characters mixing lower case, upper case,
 * digits and special characters — or a passphrase of at least 16 characters — and not built on
 * the e-mail address. Returns a French message, or null when the password is acceptable.
 */
export function passwordProblem(password: string, email = ''): string | null {
  if (password.length > MAX_PASSWORD_LENGTH) return `Le mot de passe doit compter au plus ${MAX_PASSWORD_LENGTH} caractères.`;
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(password)).length;
  const passphrase = password.length >= 16 && new Set(password).size >= 8;
  if (!passphrase && (password.length < MIN_PASSWORD_LENGTH || classes < 4)) {
    return 'Le mot de passe doit compter au moins 12 caractères dont une minuscule, une majuscule, un chiffre et un caractère spécial (ou être une phrase de passe d’au moins 16 caractères).';
  }
  const local = email.split('@')[0]?.toLowerCase() ?? '';
  if (local.length >= 4 && password.toLowerCase().includes(local)) return 'Le mot de passe ne doit pas reprendre votre adresse e-mail.';
  return null;
}

// argon2id with the OWASP-recommended minimum (19 MiB, 2 iterations).
const ARGON2 = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the account does not exist, so timing does not reveal it. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword('decoy-password-never-used-Aa1!');
  return decoy;
}
