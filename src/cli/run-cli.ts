/**
 * The `switchboard` command line: picks the subcommand, parses its options with `util.parseArgs`,
 * runs it and turns failures into an exit status and one clear message — 2 for a wrong invocation,
 * 1 for a configuration or runtime error.
 */
import { ConfigError } from '../server/config.js';
import { apiKeyCommand } from './api-key.js';
import { clusterStatusCommand } from './cluster-status.js';
import { commandHelp, parseCommandArgs, UsageError, type CliCommand, type CliIo } from './command.js';
import { createTenantCommand } from './create-tenant.js';
import { DataDirBusyError } from './data-dir-lock.js';
import { hashPasswordCommand } from './hash-password.js';
import { migrateCommand } from './migrate.js';
import { seedDemoCommand } from './seed-demo.js';
import { simulateCommand } from './simulate.js';
import { startCommand } from './start.js';
import { tenantsCommand } from './tenants.js';

/** Every subcommand, in the order `--help` lists them. */
export const commands: readonly CliCommand[] = [
  startCommand,
  migrateCommand,
  seedDemoCommand,
  tenantsCommand,
  createTenantCommand,
  apiKeyCommand,
  hashPasswordCommand,
  simulateCommand,
  clusterStatusCommand,
];

/** The command `argv` names (a name of two words, such as `cluster status`, takes two arguments). */
function findCommand(argv: readonly string[]): { command: CliCommand; rest: readonly string[] } | undefined {
  for (const command of commands) {
    const words = command.name.split(' ');
    if (words.every((word, index) => argv[index] === word)) return { command, rest: argv.slice(words.length) };
  }
  return undefined;
}

/** `switchboard --help`. */
export function mainHelp(): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    'Usage: switchboard <command> [options]',
    '',
    'Switchboard: conversation routing and transfer server.',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    "Run `switchboard <command> --help` for a command's options. Configuration: environment variables",
    'and an optional JSON file (--config <path> or SWITCHBOARD_CONFIG); see the README.',
    '',
  ].join('\n');
}

/** Runs `switchboard <argv…>` and resolves with the exit status. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(mainHelp());
    return name === undefined ? 2 : 0;
  }
  const found = findCommand(argv);
  if (found === undefined) {
    const family = commands.filter((command) => command.name.startsWith(`${name} `)).map((command) => command.name);
    const what = family.length > 0 ? `"${argv.slice(0, 2).join(' ')}" (try: ${family.join(', ')})` : `"${name}"`;
    io.stderr(`switchboard: unknown command ${what}\n\n${mainHelp()}`);
    return 2;
  }
  const { command, rest } = found;
  try {
    const args = parseCommandArgs(command, rest);
    if (args === 'help') {
      io.stdout(commandHelp(command));
      return 0;
    }
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`switchboard ${command.name}: ${error.message}\nSee: switchboard ${command.name} --help\n`);
      return 2;
    }
    if (error instanceof ConfigError || error instanceof DataDirBusyError) {
      io.stderr(`switchboard ${command.name}: ${error.message}\n`);
      return 1;
    }
    io.stderr(`switchboard ${command.name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
