/**
 * Which Chromium the browser tests drive, and which fonts it draws with.
 *
 * `npm install && npm test` must pass on a fresh machine with no system browser, and nothing may
 * download a browser at install or run time (only the npm registry and Debian's packages are
 * reachable). So the tests use Debian's Chromium when the machine has one, and otherwise the
 * Chromium that the devDependency `@sparticuz/chromium` ships inside its npm tarball (pinned to
 * 143.x: later majors need Node 22). That package unpacks the browser into the temporary directory
 * on first use; vitest runs test files in parallel workers, so the unpacking is done under a
 * cross-process lock, once.
 *
 * `SWITCHBOARD_TEST_BROWSER` chooses explicitly:
 * - unset or `auto`: `CHROMIUM_PATH` (an error if it names no file), else `/usr/bin/chromium` if it
 *   exists, else the npm Chromium;
 * - `system`: `CHROMIUM_PATH` or `/usr/bin/chromium`, an error when there is neither;
 * - `npm`: the npm Chromium even when the machine has its own (CI does this, so the path a fresh
 *   machine takes is the one tested).
 *
 * Fonts: the Chinese UI needs a CJK font or screenshots show boxes. The devDependency
 * `@embedpdf/fonts-sc` ships Noto Sans Hans (Simplified Chinese) as OpenType files that fontconfig
 * reads; a fonts.conf written to the temporary directory adds them (and the Open Sans the npm
 * Chromium ships) to whatever the system's fontconfig has, and the browser gets it through
 * `FONTCONFIG_FILE`. Both browsers link fontconfig, so both see the same CJK font.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Where Debian's `chromium` package installs the browser. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** The values of `SWITCHBOARD_TEST_BROWSER`. */
export type BrowserChoice = 'auto' | 'system' | 'npm';

/** A browser to launch: its executable and the environment it needs. */
export interface TestChromium {
  readonly executablePath: string;
  /** `system`: the machine's own Chromium; `npm`: the one unpacked from `@sparticuz/chromium`. */
  readonly source: 'system' | 'npm';
  /** The environment to launch it with (the test process's, plus `FONTCONFIG_FILE`). */
  readonly env: Readonly<Record<string, string>>;
}

type Env = Readonly<Record<string, string | undefined>>;

/** Reads `SWITCHBOARD_TEST_BROWSER`; an unknown value is an error rather than a silent default. */
export function browserChoice(env: Env = process.env): BrowserChoice {
  const value = env.SWITCHBOARD_TEST_BROWSER ?? '';
  if (value === '' || value === 'auto') return 'auto';
  if (value === 'system' || value === 'npm') return value;
  throw new Error(`SWITCHBOARD_TEST_BROWSER must be auto, system or npm, not "${value}"`);
}

/**
 * The system Chromium's path when the machine has one. A `CHROMIUM_PATH` that names nothing is an
 * error rather than a silent fall-back to the npm browser.
 */
function systemChromium(env: Env): string | null {
  const given = env.CHROMIUM_PATH ?? '';
  if (given === '') return existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : null;
  if (!existsSync(given)) throw new Error(`CHROMIUM_PATH names no file: ${given}`);
  return given;
}

/** Picks the browser for `choice` (default: from the environment), unpacking the npm one if needed. */
export async function resolveTestChromium(
  choice: BrowserChoice = browserChoice(),
  env: Env = process.env,
): Promise<TestChromium> {
  const system = choice === 'npm' ? null : systemChromium(env);
  if (choice === 'system' && system === null) {
    throw new Error(`SWITCHBOARD_TEST_BROWSER=system but there is no ${SYSTEM_CHROMIUM} and no CHROMIUM_PATH`);
  }
  const executablePath = system ?? (await npmChromium());
  const source = system === null ? 'npm' : 'system';
  const launchEnv: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) if (value !== undefined) launchEnv[name] = value;
  launchEnv.FONTCONFIG_FILE = fontConfigFile();
  return { executablePath, source, env: launchEnv };
}

let unpacked: Promise<string> | undefined;

/**
 * The npm Chromium's executable, unpacked once per machine. `@sparticuz/chromium` returns early when
 * its output file exists, so a second worker would launch a half-written binary: the lock keeps the
 * others waiting. A binary that does not start (an unpacking that was killed) or is another major
 * version (left by another version of the package) is unpacked again.
 */
function npmChromium(): Promise<string> {
  unpacked ??= withLock(join(tmpdir(), 'switchboard-chromium.lock'), async () => {
    const { default: chromium } = await import('@sparticuz/chromium');
    const major = `Chromium ${npmChromiumVersion().split('.')[0] ?? ''}.`;
    const path = await chromium.executablePath();
    if (versionOf(path)?.startsWith(major) === true) return path;
    rmSync(path, { force: true });
    const again = await chromium.executablePath();
    const version = versionOf(again);
    if (version?.startsWith(major) !== true) {
      throw new Error(
        `the Chromium unpacked from @sparticuz/chromium to ${again} does not start as ${major}x (${version ?? 'no version'})`,
      );
    }
    return again;
  });
  return unpacked;
}

/** The installed `@sparticuz/chromium`'s version, whose major is Chromium's. */
function npmChromiumVersion(): string {
  // The package exports only its entry point, so its package.json is found from there (build/cjs/).
  const entry = createRequire(import.meta.url).resolve('@sparticuz/chromium');
  const manifest = JSON.parse(readFileSync(join(dirname(entry), '..', '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

/** What `chromium --version` prints, or null when it does not start. */
function versionOf(path: string): string | null {
  try {
    return execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 60_000 }).trim();
  } catch {
    return null;
  }
}

/** A lock held by another process for longer than this is taken to be left by a killed one. */
const STALE_LOCK_MS = 5 * 60_000;

/** Runs `work` while holding a lock directory (mkdir is atomic across processes). */
async function withLock<T>(dir: string, work: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(dir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    try {
      if (Date.now() - statSync(dir).mtimeMs > STALE_LOCK_MS) rmSync(dir, { recursive: true, force: true });
    } catch {
      // Released between mkdir and stat: try again.
    }
    await sleep(250);
  }
  try {
    return await work();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The directory of the npm CJK font's OpenType files. */
export function cjkFontDirectory(): string {
  const entry = createRequire(import.meta.url).resolve('@embedpdf/fonts-sc');
  return join(dirname(entry), '..', 'fonts');
}

/**
 * Writes (atomically, as workers may race) a fonts.conf that keeps the system's fonts and adds the
 * npm CJK font and the npm Chromium's Open Sans; returns its path.
 */
export function fontConfigFile(): string {
  const dir = join(tmpdir(), 'switchboard-test-fonts');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'fonts.conf');
  const xml = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
    '<fontconfig>',
    '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
    `  <dir>${xmlText(cjkFontDirectory())}</dir>`,
    `  <dir>${xmlText(join(tmpdir(), 'fonts'))}</dir>`,
    `  <cachedir>${xmlText(join(dir, 'cache'))}</cachedir>`,
    '</fontconfig>',
    '',
  ].join('\n');
  const temporary = `${file}.${process.pid}`;
  writeFileSync(temporary, xml);
  renameSync(temporary, file);
  return file;
}

function xmlText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
