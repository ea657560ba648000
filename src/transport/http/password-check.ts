/** The password policy (auth/password-policy.ts) as the API answers it. */
import { passwordProblem } from '../auth/password-policy.js';
import { ApiError } from './error-catalogue.js';

/** Throws PASSWORD_TOO_COMMON (or VALIDATION_FAILED for the length) unless `password` may be used. */
export function requireAcceptablePassword(password: string, identifiers: readonly string[]): void {
  const problem = passwordProblem(password, identifiers);
  if (problem === null) return;
  if (problem === 'length') throw new ApiError('VALIDATION_FAILED', 'A password has 8 to 256 characters.');
  throw new ApiError(
    'PASSWORD_TOO_COMMON',
    problem === 'identifier'
      ? 'A password must not be the agent’s or the tenant’s id.'
      : 'This password is among the most common ones; choose another.',
  );
}
