/** `switchboard hash-password`: an scrypt hash in the stored format, for scripts and seed files. */
import { passwordProblem } from '../transport/auth/password-policy.js';
import { hashPassword } from '../transport/auth/passwords.js';
import { UsageError, type CliCommand, type CliIo } from './command.js';

/** Shortest password accepted, as by the HTTP API. */
export const MIN_PASSWORD_LENGTH = 8;

/**
 * The password from `--<option>`, or typed or piped in, under the API's password policy: at least
 * 8 characters, not one of the most common passwords, not one of `identifiers` (docs/security.md).
 */
export async function passwordFrom(
  given: string | undefined,
  io: CliIo,
  prompt: string,
  identifiers: readonly string[] = [],
): Promise<string> {
  const password = given ?? (await io.readSecret(prompt));
  const problem = passwordProblem(password, identifiers);
  if (problem === 'length') throw new UsageError(`the password needs at least ${MIN_PASSWORD_LENGTH} characters`);
  if (problem === 'common') throw new UsageError('the password is among the most common ones; choose another');
  if (problem === 'identifier') throw new UsageError('the password must not be the agent’s or the tenant’s id');
  return password;
}

export const hashPasswordCommand: CliCommand = {
  name: 'hash-password',
  summary: 'Print the scrypt hash of a password (typed without echo, or piped in).',
  details:
    'The hash is in the form the server stores (scrypt$N$r$p$salt$hash). Prefer typing or piping the password:\n' +
    '--password puts it where other users of the machine can see it (ps, shell history).',
  options: {
    password: { type: 'string', value: '<password>', description: 'the password (visible to ps; prefer stdin)' },
  },
  async run(args, io) {
    const password = await passwordFrom(args.string('password'), io, 'Password: ');
    io.stdout(`${await hashPassword(password)}\n`);
    return 0;
  },
};
