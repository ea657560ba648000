/**
 * What a CLI subcommand is: a name, a help text, its options (parsed by Node's `util.parseArgs`,
 * strictly: an unknown option is a usage error) and `run`, which writes through `CliIo` rather than
 * to the process so commands can be run in-process by tests.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly description: string;
  /** The value's placeholder in help, e.g. `<path>`. */
  readonly value?: string;
  readonly required?: boolean;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** Where a command reads and writes; the process's own streams in `main.ts`. */
export interface CliIo {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Asks for a secret: without echo on a terminal, else the first line of standard input. */
  readonly readSecret: (prompt: string) => Promise<string>;
}

/** A wrong invocation: reported with a pointer to the command's help, exit status 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Parsed option values with typed accessors. */
export class ParsedArgs {
  constructor(private readonly values: Readonly<Record<string, string | boolean | undefined>>) {}

  string(name: string): string | undefined {
    const value = this.values[name];
    return typeof value === 'string' ? value : undefined;
  }

  /** The option's value; a `UsageError` naming `--name` when it is missing or empty. */
  requireString(name: string): string {
    const value = this.string(name);
    if (value === undefined || value.length === 0) throw new UsageError(`--${name} is required`);
    return value;
  }

  flag(name: string): boolean {
    return this.values[name] === true;
  }
}

export interface CliCommand {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Paragraphs shown by `<command> --help` after the usage line. */
  readonly details?: string;
  readonly options: OptionSpecs;
  /** Resolves with the exit status. */
  run(args: ParsedArgs, io: CliIo): Promise<number>;
}

/** The `--config` option of every command that opens the store. */
export const configOption: OptionSpecs = {
  config: { type: 'string', value: '<path>', description: 'JSON config file (default: $SWITCHBOARD_CONFIG)' },
};

/** Parses `argv` (the arguments after the command name) against the command's options. */
export function parseCommandArgs(command: CliCommand, argv: readonly string[]): ParsedArgs | 'help' {
  const options: NonNullable<ParseArgsConfig['options']> = { help: { type: 'boolean', short: 'h' } };
  for (const [name, spec] of Object.entries(command.options)) options[name] = { type: spec.type };
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }) as {
      values: Record<string, string | boolean | undefined>;
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help === true) return 'help';
  const args = new ParsedArgs(values);
  for (const [name, spec] of Object.entries(command.options)) {
    if (spec.required === true) args.requireString(name);
  }
  return args;
}

/** `switchboard <command> --help`. */
export function commandHelp(command: CliCommand): string {
  const specs = Object.entries(command.options);
  const usage = specs
    .map(([name, spec]) => {
      const text = spec.type === 'string' ? `--${name} ${spec.value ?? '<value>'}` : `--${name}`;
      return spec.required === true ? text : `[${text}]`;
    })
    .join(' ');
  const rows: [string, string][] = [
    ...specs.map(([name, spec]): [string, string] => [
      spec.type === 'string' ? `--${name} ${spec.value ?? '<value>'}` : `--${name}`,
      spec.description,
    ]),
    ['-h, --help', 'show this help'],
  ];
  const width = Math.max(...rows.map(([left]) => left.length));
  return [
    `Usage: switchboard ${command.name}${usage === '' ? '' : ` ${usage}`}`,
    '',
    command.summary,
    ...(command.details === undefined ? [] : ['', command.details]),
    '',
    'Options:',
    ...rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`),
    '',
  ].join('\n');
}
