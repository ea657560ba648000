/** The `switchboard` executable's entry (bin/switchboard.mjs loads it through tsx). */
import { readSecret } from './read-secret.js';
import { runCli } from './run-cli.js';

const status = await runCli(process.argv.slice(2), {
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readSecret: (prompt) => readSecret(process.stdin, process.stderr, prompt),
});
process.exitCode = status;
