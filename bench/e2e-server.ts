/**
 * The servers the e2e bench and the soak run talk to, each a real child process (so clients and
 * server never share an event loop), with bench/e2e-probe.ts preloaded to report the server's
 * event-loop delay, memory and CPU over IPC:
 *
 * - `startSwitchboard`: `switchboard start` (bin/switchboard.mjs) on a fresh temporary SQLite data
 *   directory, seeded beforehand through the same actor path `create-tenant` uses with one tenant,
 *   one skill group and the agents; tokens are signed with the server's own secret, as login and the
 *   widget endpoint would sign them. Connection and rate caps are raised: the load is the point.
 * - `startRelay`: bench/e2e-relay.ts, a bare Socket.IO relay speaking the same events.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Command } from '../src/domain/commands.js';
import { skillGroup } from '../src/domain/skill-group.js';
import { withStore, withTenant } from '../src/cli/open-store.js';
import { createTokenService } from '../src/transport/auth/tokens.js';
import type { ProbeFigures } from './e2e-probe.js';

export const TENANT = 'bench';
const SECRET = 'e2e-bench-secret-0123456789abcdef0123456789';
const BIN = fileURLToPath(new URL('../bin/switchboard.mjs', import.meta.url));
/**
 * The Node flags `npm start` gives the server (package.json's start script: `node <flags> <script>
 * start`), so the bench measures the server as it runs; the relay gets the same, so both have the
 * same heap. Only the words between `node` and the script are node's; the rest are the CLI's.
 */
const START_FLAGS: readonly string[] = (() => {
  const { scripts } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    scripts: { start: string };
  };
  const words = scripts.start.split(/\s+/).slice(1);
  const script = words.findIndex((word) => !word.startsWith('--'));
  return script === -1 ? words : words.slice(0, script);
})();
const RELAY = fileURLToPath(new URL('./e2e-relay.ts', import.meta.url));
const PROBE = fileURLToPath(new URL('./e2e-probe.ts', import.meta.url));

/** A party of the load: its id and the token it connects with. */
export interface Party {
  readonly id: string;
  readonly token: string;
}

export interface ServerProcess {
  readonly url: string;
  readonly pid: number;
  /** Event-loop delay, memory and CPU of the server since the last `reset`. */
  read(options?: { gc?: boolean }): Promise<ProbeFigures>;
  /** Writes a heap snapshot of the server to `file`. */
  snapshot(file: string): Promise<void>;
  /** Starts a new window; with `profile`, a CPU profile of it is written there at the next `read`. */
  reset(profile?: string): void;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** Extra node flags for the server process, e.g. `--cpu-prof`. */
  readonly nodeFlags?: readonly string[];
}

function wrap(child: ChildProcess, url: string, cleanup: () => void): ServerProcess {
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      resolve();
    }),
  );
  return {
    url,
    pid: child.pid ?? 0,
    read(options = {}) {
      return new Promise((resolve) => {
        const answer = (message: { probe?: string }): void => {
          if (message.probe !== 'figures') return;
          child.off('message', answer);
          resolve(message as ProbeFigures);
        };
        child.on('message', answer);
        child.send({ probe: 'read', gc: options.gc === true });
      });
    },
    snapshot(file) {
      return new Promise((resolve) => {
        const answer = (message: { probe?: string }): void => {
          if (message.probe !== 'snapshot') return;
          child.off('message', answer);
          resolve();
        };
        child.on('message', answer);
        child.send({ probe: 'snapshot', file });
      });
    },
    reset(profile) {
      child.send({ probe: 'reset', ...(profile === undefined ? {} : { profile }) });
    },
    async stop() {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
      cleanup();
    },
  };
}

/** Waits for the JSON log line `msg` on the child's stdout and returns it. */
function waitForLine(child: ChildProcess, msg: string, what: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    const lines = createInterface({ input: child.stdout! });
    const onExit = (code: number | null): void => {
      reject(new Error(`${what} exited (${String(code)}): ${stderr}`));
    };
    child.once('exit', onExit);
    lines.on('line', (line) => {
      try {
        const parsed = JSON.parse(line) as Record<string, unknown>;
        if (parsed.msg !== msg) return;
        child.off('exit', onExit);
        resolve(parsed);
      } catch {
        // Not a log line.
      }
    });
  });
}

/** Seeds a tenant with one group and `agents` agents (capacity `maxConcurrent` each). */
async function seed(dataDir: string, agentIds: readonly string[], load: SwitchboardLoad): Promise<void> {
  const { maxConcurrent } = load;
  const retention = load.closedRetention === undefined ? {} : { closedRetention: load.closedRetention };
  await withStore({ kind: 'sqlite', dataDir }, (store) =>
    withTenant(store, TENANT, async (actor) => {
      const commands: Command[] = [
        { type: 'ConfigureTenant', settings: {} },
        { type: 'SaveSkillGroup', group: skillGroup({ id: 'g', name: 'g' }) },
        { type: 'ConfigureTenant', settings: { defaultGroupId: 'g', firstResponseTimeoutSeconds: 1e6, ...retention } },
        ...agentIds.map((id, index): Command => ({
          type: 'SaveAgent',
          agent: {
            id,
            name: id,
            role: 'agent',
            level: 1,
            departmentId: null,
            memberships: [{ groupId: 'g', ability: 1 + (index % 10), tier: 'primary' }],
            languages: [],
            maxConcurrent,
          },
        })),
      ];
      for (const command of commands) {
        const result = await actor.submit(command);
        if (!result.ok) throw new Error(`${command.type}: ${result.error.message}`);
      }
    }),
  );
}

export interface SwitchboardLoad {
  readonly agents: number;
  readonly customers: number;
  /** Conversations an agent may hold at once. */
  readonly maxConcurrent: number;
  /** The tenant's `closedRetention` (closed conversations the live state remembers); default the domain's. */
  readonly closedRetention?: number;
}

/** Signs a customer token the server accepts (as the widget endpoint would). */
export function customerToken(customerId: string): Promise<string> {
  return createTokenService(SECRET).issue({ kind: 'customer', tenantId: TENANT, customerId, verified: false });
}

/** Starts `switchboard start` seeded for `load`; returns it with the parties' tokens. */
export async function startSwitchboard(
  load: SwitchboardLoad,
  options: ServerOptions = {},
): Promise<{ server: ServerProcess; agents: Party[]; customers: Party[] }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'switchboard-e2e-'));
  const agentIds = Array.from({ length: load.agents }, (_, index) => `a${index}`);
  await seed(dataDir, agentIds, load);
  const tokens = createTokenService(SECRET);
  const agents = await Promise.all(
    agentIds.map(async (id) => ({
      id,
      token: await tokens.issue({ kind: 'agent', tenantId: TENANT, agentId: id, role: 'agent', sessionEpoch: 0 }),
    })),
  );
  const customers = await Promise.all(
    Array.from({ length: load.customers }, async (_, index) => {
      const id = `u${index}`;
      return { id, token: await customerToken(id) };
    }),
  );
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: '',
    SWITCHBOARD_CONFIG: '',
    ADMIN_TOKEN: '',
    PORT: '0',
    HOST: '127.0.0.1',
    SWITCHBOARD_DATA_DIR: dataDir,
    TOKEN_SECRET: SECRET,
    LOG_LEVEL: 'info',
    REALTIME_RATE_LIMIT: '1000000',
    RATE_LIMIT: '1000000',
    SOCKETS_PER_TOKEN: '100',
    SOCKETS_PER_PERSON: '100',
    SOCKETS_PER_ADDRESS: '1000000',
    OPEN_CONVERSATIONS_PER_CUSTOMER: '1000',
    TENANT_QUEUE_LIMIT: '1000000',
  };
  const child = fork(BIN, ['start'], {
    env,
    execArgv: ['--import', 'tsx', '--import', PROBE, ...START_FLAGS, ...(options.nodeFlags ?? [])],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const ready = await waitForLine(child, 'ready', 'switchboard start');
  const url = `http://127.0.0.1:${String(ready.port)}`;
  const server = wrap(child, url, () => {
    rmSync(dataDir, { recursive: true, force: true });
  });
  return { server, agents, customers };
}

/** Starts the bare Socket.IO relay (bench/e2e-relay.ts); tokens there are just `kind:id`. */
export async function startRelay(
  load: Pick<SwitchboardLoad, 'agents' | 'customers'>,
  options: ServerOptions = {},
): Promise<{ server: ServerProcess; agents: Party[]; customers: Party[] }> {
  const child = fork(RELAY, [], {
    execArgv: ['--import', 'tsx', '--import', PROBE, ...START_FLAGS, ...(options.nodeFlags ?? [])],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const ready = await waitForLine(child, 'ready', 'the raw relay');
  const url = `http://127.0.0.1:${String(ready.port)}`;
  const agents = Array.from({ length: load.agents }, (_, index) => ({ id: `a${index}`, token: `agent:a${index}` }));
  const customers = Array.from({ length: load.customers }, (_, index) => ({
    id: `u${index}`,
    token: `customer:u${index}`,
  }));
  return { server: wrap(child, url, () => undefined), agents, customers };
}
