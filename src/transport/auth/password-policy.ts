/**
 * The minimum password policy, applied wherever a password is set (a tenant's first admin, an
 * admin setting or resetting an agent's password, an agent changing their own, the CLI): 8 to 256
 * characters, and not one of the ~49,000 most common passwords of `@zxcvbn-ts/language-common`
 * (compared case-insensitively, also with trailing digits and punctuation removed, so `Password1!`
 * counts as `password`), nor the agent's or the tenant's id. No composition rules: length and not
 * being guessable first are what resist guessing (NIST SP 800-63B §5.1.1.2).
 */
import { dictionary } from '@zxcvbn-ts/language-common';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 256;

const common: ReadonlySet<string> = new Set(dictionary['passwords-common'].map((word) => word.toLowerCase()));

/** Why a password is refused, or null when it passes. */
export type PasswordProblem = 'length' | 'common' | 'identifier';

export function passwordProblem(password: string, identifiers: readonly string[] = []): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) return 'length';
  const lower = password.normalize('NFKC').toLowerCase();
  const stem = lower.replace(/[\d\W_]+$/u, '');
  if (common.has(lower) || (stem.length > 0 && common.has(stem))) return 'common';
  if (identifiers.some((id) => id.length > 0 && (lower === id.toLowerCase() || stem === id.toLowerCase()))) {
    return 'identifier';
  }
  return null;
}
