/**
 * What `start` tells the operator once it listens: the URLs that exist on this server and the demo
 * logins that still work. Web pages are probed rather than assumed, so the banner never advertises a
 * page this build does not serve.
 */
import type { AddressInfo } from 'node:net';
import type { Tenants } from '../services/tenants.js';
import { verifyPassword } from '../transport/auth/passwords.js';
import type { HttpApp } from '../transport/http/app.js';
import { DEMO_TENANT_ID, demoLogins } from './demo/demo-seed.js';

export interface ServerUrls {
  readonly base: string;
  readonly api: string;
  readonly docs: string;
  readonly health: string;
  readonly metrics: string;
  /** Browser pages this server serves (the web app, the widget demo), when it serves them. */
  readonly pages: readonly { readonly label: string; readonly url: string }[];
}

/** Pages the web app serves when it is built in; each is printed only if it answers with HTML. */
export const webPages: readonly { readonly label: string; readonly path: string }[] = [
  { label: 'Web app', path: '/' },
  { label: 'Widget demo', path: '/widget/demo' },
];

/** The base URL a browser on this machine can use: a wildcard address becomes `localhost`. */
export function baseUrl(address: AddressInfo): string {
  const wildcard = address.address === '0.0.0.0' || address.address === '::';
  const host = wildcard ? 'localhost' : address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

async function servesHtml(app: HttpApp, path: string): Promise<boolean> {
  const response = await app.inject({ method: 'GET', url: path });
  return response.statusCode === 200 && String(response.headers['content-type']).startsWith('text/html');
}

/** The server's URLs, with the web pages it really serves. */
export async function serverUrls(app: HttpApp, address: AddressInfo): Promise<ServerUrls> {
  const base = baseUrl(address);
  const pages = [];
  for (const page of webPages) {
    if (await servesHtml(app, page.path)) pages.push({ label: page.label, url: `${base}${page.path}` });
  }
  return {
    base,
    api: `${base}/api/v1`,
    docs: `${base}/docs`,
    health: `${base}/healthz`,
    metrics: `${base}/metrics`,
    pages,
  };
}

/** Demo agents whose demo password still works (an admin may have changed some); null without a demo tenant. */
export async function workingDemoLogins(registry: Tenants): Promise<ReadonlySet<string> | null> {
  const state = registry.actor(DEMO_TENANT_ID)?.view;
  if (state === undefined) return null;
  const hashes = demoLogins.map((login) => [login, state.access.passwords.get(login.agentId)] as const);
  const checks = await Promise.all(
    hashes.map(async ([login, hash]) =>
      hash !== undefined && (await verifyPassword(login.password, hash)) ? login.agentId : null,
    ),
  );
  return new Set(checks.filter((agentId): agentId is string => agentId !== null));
}

/** The demo logins as a table; `working` limits it to the agents whose demo password still works. */
export function demoLoginTable(working: ReadonlySet<string> | null): string {
  const rows = demoLogins.filter((login) => working === null || working.has(login.agentId));
  if (rows.length === 0) return `Demo tenant "${DEMO_TENANT_ID}": the demo passwords have all been changed.`;
  const idWidth = Math.max(...rows.map((row) => row.agentId.length), 'login'.length);
  const pwWidth = Math.max(...rows.map((row) => row.password.length), 'password'.length);
  return [
    `Demo tenant "${DEMO_TENANT_ID}" (POST /api/v1/auth/login {"tenantId":"${DEMO_TENANT_ID}","agentId","password"}):`,
    `  ${'role'.padEnd(10)}  ${'login'.padEnd(idWidth)}  ${'password'.padEnd(pwWidth)}  name`,
    ...rows.map(
      (row) => `  ${row.role.padEnd(10)}  ${row.agentId.padEnd(idWidth)}  ${row.password.padEnd(pwWidth)}  ${row.name}`,
    ),
  ].join('\n');
}

export interface BannerInput {
  readonly urls: ServerUrls;
  readonly storage: string;
  /** Demo agents whose demo password works; null when there is no demo tenant. */
  readonly demoLogins: ReadonlySet<string> | null;
}

/** The human-readable summary printed on a terminal after the `ready` log line. */
export function banner(input: BannerInput): string {
  const { urls } = input;
  const rows: [string, string][] = [
    ['API', urls.api],
    ['API docs', urls.docs],
    ...urls.pages.map((page): [string, string] => [page.label, page.url]),
    ['Health', urls.health],
    ['Metrics', urls.metrics],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  return [
    '',
    `Switchboard is listening on ${urls.base} (${input.storage}). Stop it with Ctrl+C.`,
    ...rows.map(([label, url]) => `  ${label.padEnd(width)}  ${url}`),
    ...(input.demoLogins === null ? [] : ['', demoLoginTable(input.demoLogins)]),
    '',
  ].join('\n');
}
