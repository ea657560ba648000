/**
 * Reads a password without putting it on the command line (where `ps` and shell history see it):
 * typed on a terminal with echo off, or piped in (`… | switchboard hash-password`), first line only.
 */
import type { Readable, Writable } from 'node:stream';

/** A readable that may be a terminal (process.stdin). */
export type SecretInput = Readable & { readonly isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };

async function readFirstLine(input: Readable): Promise<string> {
  let text = '';
  for await (const chunk of input) {
    text += typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8');
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

function readFromTerminal(input: SecretInput, output: Writable, prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let secret = '';
    output.write(prompt);
    input.setRawMode?.(true);
    input.setEncoding('utf8');
    const finish = (error: Error | null): void => {
      input.off('data', onData);
      input.setRawMode?.(false);
      input.pause();
      output.write('\n');
      if (error === null) resolve(secret);
      else reject(error);
    };
    const onData = (chunk: string): void => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n' || char === '\u0004') {
          finish(null);
          return;
        }
        if (char === '\u0003') {
          finish(new Error('cancelled'));
          return;
        }
        if (char === '\u007f' || char === '\b') secret = secret.slice(0, -1);
        else secret += char;
      }
    };
    input.on('data', onData);
    input.resume();
  });
}

/** The secret typed or piped in; `prompt` is written to `output` on a terminal only. */
export function readSecret(input: SecretInput, output: Writable, prompt: string): Promise<string> {
  return input.isTTY === true ? readFromTerminal(input, output, prompt) : readFirstLine(input);
}
