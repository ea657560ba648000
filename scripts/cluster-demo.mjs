#!/usr/bin/env node
// `npm run cluster:demo`: three Switchboard nodes in cluster mode on this machine, and a plain
// round-robin proxy in front of them (HTTP and the WebSocket upgrade, no sticky sessions), so the
// app, the widget and the API can be tried through one URL while nodes are killed and restarted
// (docs/cluster.md). PostgreSQL and Redis come from DATABASE_URL / REDIS_URL, or the local defaults;
// the demo tenant is seeded once, by the first node, into the schema DATABASE_SCHEMA (default
// `switchboard_cluster_demo`). Ctrl-C stops the nodes gracefully (each hands its tenants over).
//
// Settings: CLUSTER_DEMO_PORT (the proxy, default 3000), CLUSTER_DEMO_NODE_PORTS (default
// 3001,3002,3003), TOKEN_SECRET (default: a fresh one each run; sign in again after a restart).
import { spawn } from 'node:child_process';
import { setTimeout } from 'node:timers';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createProxyServer } from 'http-proxy-3';

const bin = fileURLToPath(new URL('../bin/switchboard.mjs', import.meta.url));
const env = process.env;
const proxyPort = Number(env.CLUSTER_DEMO_PORT ?? 3000);
const nodePorts = (env.CLUSTER_DEMO_NODE_PORTS ?? '3001,3002,3003').split(',').map(Number);
const shared = {
  DATABASE_URL: env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  DATABASE_SCHEMA: env.DATABASE_SCHEMA ?? 'switchboard_cluster_demo',
  REDIS_URL: env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  REDIS_KEY_PREFIX: env.REDIS_KEY_PREFIX ?? 'switchboard-demo:',
  TOKEN_SECRET: env.TOKEN_SECRET ?? randomBytes(32).toString('hex'),
  HOST: '127.0.0.1',
  // Behind the proxy: the client's address comes from X-Forwarded-For.
  TRUST_PROXY: '127.0.0.1',
};

/** @type {{ id: string, port: number, child: import('node:child_process').ChildProcess | null, downUntil: number }[]} */
const nodes = nodePorts.map((port, index) => ({ id: `node-${index + 1}`, port, child: null, downUntil: 0 }));

/** Starts one node; resolves once it logged `ready`. Only `ready`, warnings and errors are printed. */
function startNode(node, demo) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'start', ...(demo ? [] : ['--no-demo'])], {
      env: { ...env, ...shared, NODE_ID: node.id, PORT: String(node.port) },
      stdio: ['ignore', 'pipe', 'inherit'],
      // Its own process group: Ctrl-C in the terminal reaches this script only, which stops each node once.
      detached: true,
    });
    node.child = child;
    createInterface({ input: child.stdout }).on('line', (line) => {
      let entry;
      try {
        entry = JSON.parse(line);
      } catch {
        console.log(`[${node.id}] ${line}`);
        return;
      }
      if (entry.msg === 'ready') {
        console.log(`[${node.id}] ready on ${node.port}`);
        resolve();
      } else if (entry.level >= 40 || entry.msg === 'seeded the demo tenant' || entry.msg === 'stopping') {
        console.log(`[${node.id}] ${entry.msg}`);
      }
    });
    child.once('exit', (code, signal) => {
      node.child = null;
      reject(new Error(`${node.id} exited before it was ready`));
      if (stopping) return;
      // Killed by hand to see a failover: its tenants move to the others; it comes back in 5 s.
      console.log(`[${node.id}] exited (${signal ?? code}); starting it again in 5 s`);
      setTimeout(() => {
        if (!stopping) startNode(node, false).catch((error) => console.error(error.message));
      }, 5000);
    });
  });
}

/** The next node in turn, skipping one that refused a connection in the last 2 s. */
let turn = 0;
function nextTarget() {
  for (let tries = 0; tries < nodes.length; tries += 1) {
    const node = nodes[turn % nodes.length];
    turn += 1;
    if (node.downUntil <= Date.now()) return node;
  }
  return nodes[turn++ % nodes.length];
}

const proxy = createProxyServer({ xfwd: true });
proxy.on('error', (error, request, response, target) => {
  const node = nodes.find((candidate) => target !== undefined && String(target).includes(`:${candidate.port}`));
  if (node !== undefined) node.downUntil = Date.now() + 2000;
  if (response !== undefined && 'writeHead' in response && !response.headersSent) {
    response.writeHead(502, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ error: { code: 'BAD_GATEWAY', message: 'That node is down; retry.' } }));
  } else {
    response?.destroy?.();
  }
});

const server = createServer((request, response) => {
  const node = nextTarget();
  proxy.web(request, response, { target: `http://127.0.0.1:${node.port}` });
});
server.on('upgrade', (request, socket, head) => {
  const node = nextTarget();
  proxy.ws(request, socket, head, { target: `http://127.0.0.1:${node.port}` });
});

async function main() {
  console.log(`PostgreSQL ${shared.DATABASE_URL} (schema ${shared.DATABASE_SCHEMA}), Redis ${shared.REDIS_URL}`);
  // The first node alone: it migrates the schema and seeds the demo tenant on an empty store.
  await startNode(nodes[0], true);
  await Promise.all(nodes.slice(1).map((node) => startNode(node, false)));
  await new Promise((resolve) => server.listen(proxyPort, '127.0.0.1', resolve));
  console.log(`\nSwitchboard cluster demo: open http://localhost:${proxyPort}`);
  console.log(`  nodes: ${nodes.map((node) => `${node.id} http://127.0.0.1:${node.port}`).join(', ')}`);
  console.log('  demo logins: see the README (tenant "demo"); `switchboard cluster status` lists who owns what');
  console.log(`  try: kill -9 ${nodes.map((node) => node.child?.pid).join(' or ')} — Ctrl-C stops everything\n`);
}

let stopping = false;
async function stop() {
  if (stopping) process.exit(1);
  stopping = true;
  console.log('stopping the nodes (each hands its tenants over)…');
  server.close();
  await Promise.all(
    nodes.map(
      (node) =>
        new Promise((resolve) => {
          if (node.child === null) return resolve();
          node.child.once('exit', resolve);
          node.child.kill('SIGTERM');
        }),
    ),
  );
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  void stop();
});
