/**
 * The server's configuration: defaults, then an optional JSON file (`--config path` or
 * `SWITCHBOARD_CONFIG`), then environment variables, each later source winning. Everything is
 * validated once, at start, against one TypeBox schema; a bad value is reported with the name the
 * operator wrote it under (`PORT`, or `switchboard.json: "port"`), what was expected and what was
 * found, so a typo never surfaces later as a confusing runtime failure.
 *
 * This module imports neither the store nor the HTTP app, so the CLI's help answers at once; the
 * defaults below repeat theirs (`DEFAULT_DATA_DIR`, `defaultHttpOptions`), and a test keeps them equal.
 */
import { readFileSync } from 'node:fs';
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { StoreConfig } from '../store/create-store.js';

import { logLevels, type ServerConfig, type ClusterConfig } from './config-shape.js';

export { logLevels };
export type { ClusterConfig, LogLevel, ServerConfig, ServerLimits, WebhookConfig } from './config-shape.js';

/** The environment variable naming the JSON config file (the `--config` option wins over it). */
export const CONFIG_ENV = 'SWITCHBOARD_CONFIG';

/**
 * An integer setting. Its message names both bounds, written from the bounds themselves so the two
 * cannot drift apart (an operator told only "≥ 1" would not guess the maximum).
 */
const integerSetting = (minimum: number, maximum: number, what: string, note = '') =>
  Type.Integer({ minimum, maximum, description: `${what} from ${minimum} to ${maximum}${note}` });

const Settings = Type.Object(
  {
    port: integerSetting(0, 65535, 'an integer', ' (0: any free port)'),
    host: Type.String({ pattern: '^[^\\s/]+$', maxLength: 255, description: 'a host name or IP address to listen on' }),
    dataDir: Type.String({ minLength: 1, description: 'a directory path' }),
    sqliteWriter: Type.Optional(
      Type.Union([Type.Literal('thread'), Type.Literal('loop')], { description: 'thread or loop' }),
    ),
    databaseUrl: Type.Optional(
      Type.String({ pattern: '^postgres(ql)?://', description: 'a postgres:// or postgresql:// connection URL' }),
    ),
    databaseSchema: Type.Optional(
      Type.String({ pattern: '^[a-z_][a-z0-9_]*$', maxLength: 63, description: 'a lower-case SQL identifier' }),
    ),
    tokenSecret: Type.Optional(Type.String({ minLength: 32, description: 'a secret of at least 32 characters' })),
    adminToken: Type.Optional(Type.String({ minLength: 32, description: 'a token of at least 32 characters' })),
    corsOrigins: Type.Array(Type.String({ pattern: '^(\\*|https?://[^/\\s,]+)$' }), {
      minItems: 1,
      description: '"*" or origins such as https://shop.example.com, comma-separated in the environment',
    }),
    bodyLimit: integerSetting(1024, 64 * 1024 * 1024, 'a size in bytes'),
    rateLimit: integerSetting(1, 1_000_000, 'requests per minute per client, an integer'),
    realtimeRateLimit: integerSetting(1, 1_000_000, 'realtime events per minute per connection, an integer'),
    socketsPerToken: integerSetting(1, 10_000, 'an integer'),
    socketsPerPerson: integerSetting(1, 10_000, 'an integer'),
    socketsPerAddress: integerSetting(1, 1_000_000, 'an integer'),
    openConversationsPerCustomer: integerSetting(1, 1000, 'an integer'),
    tenantQueueLimit: integerSetting(100, 1_000_000, 'an integer'),
    shutdownTimeoutMs: integerSetting(1000, 600_000, 'milliseconds'),
    logLevel: Type.Union(
      logLevels.map((level) => Type.Literal(level)),
      { description: `one of ${logLevels.join(', ')}` },
    ),
    trustProxy: Type.Union(
      [
        Type.Boolean(),
        Type.Integer({ minimum: 1, maximum: 32 }),
        Type.Array(Type.String({ pattern: '^([0-9A-Fa-f:.]+(/\\d{1,3})?|loopback|linklocal|uniquelocal)$' }), {
          minItems: 1,
        }),
      ],
      {
        description:
          'false, true, a number of proxy hops (1–32) or addresses/CIDR ranges of the proxies (comma-separated), ' +
          'e.g. 10.0.0.0/8,loopback',
      },
    ),
    metricsToken: Type.Optional(Type.String({ minLength: 32, description: 'a token of at least 32 characters' })),
    metricsTenantLabels: Type.Boolean({ description: 'true or false' }),
    widgetSignatureMaxAge: integerSetting(10, 86_400, 'seconds'),
    attachmentLinkSeconds: integerSetting(10, 7 * 86_400, 'seconds'),
    attachmentMaxBytes: integerSetting(1024, 100 * 1024 * 1024, 'a size in bytes'),
    redisUrl: Type.Optional(
      Type.String({ pattern: '^rediss?://', description: 'a redis:// or rediss:// connection URL' }),
    ),
    redisKeyPrefix: Type.String({
      pattern: '^[A-Za-z0-9:._-]{1,100}$',
      description: 'letters, digits and : . _ - (1 to 100 characters)',
    }),
    nodeId: Type.Optional(
      Type.String({
        pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$',
        description: 'letters, digits and . _ - (1 to 63 characters, starting with a letter or digit)',
      }),
    ),
    clusterLeaseMs: integerSetting(1000, 60_000, 'milliseconds'),
    clusterHeartbeatMs: integerSetting(100, 20_000, 'milliseconds', ' and at most half the lease'),
    clusterForwardWaitMs: integerSetting(100, 120_000, 'milliseconds'),
    outboundAllowHttp: Type.Boolean({ description: 'true or false' }),
    outboundAllowPrivateAddresses: Type.Boolean({ description: 'true or false' }),
    webhookTimeoutMs: integerSetting(500, 60_000, 'milliseconds'),
    webhookRetryHours: integerSetting(0, 168, 'hours'),
    webhookRetentionDays: integerSetting(1, 365, 'days'),
    webhookConcurrency: integerSetting(1, 256, 'an integer'),
  },
  { additionalProperties: false },
);

type Settings = Static<typeof Settings>;
type Key = keyof Settings;

/** How each setting is read from the environment. */
type EnvKind = 'string' | 'integer' | 'list' | 'boolean' | 'proxy';

const fromEnv: Readonly<Record<Key, { readonly env: string; readonly kind: EnvKind }>> = {
  port: { env: 'PORT', kind: 'integer' },
  host: { env: 'HOST', kind: 'string' },
  dataDir: { env: 'SWITCHBOARD_DATA_DIR', kind: 'string' },
  sqliteWriter: { env: 'SQLITE_WRITER', kind: 'string' },
  databaseUrl: { env: 'DATABASE_URL', kind: 'string' },
  databaseSchema: { env: 'DATABASE_SCHEMA', kind: 'string' },
  tokenSecret: { env: 'TOKEN_SECRET', kind: 'string' },
  adminToken: { env: 'ADMIN_TOKEN', kind: 'string' },
  corsOrigins: { env: 'CORS_ORIGINS', kind: 'list' },
  bodyLimit: { env: 'BODY_LIMIT', kind: 'integer' },
  rateLimit: { env: 'RATE_LIMIT', kind: 'integer' },
  realtimeRateLimit: { env: 'REALTIME_RATE_LIMIT', kind: 'integer' },
  socketsPerToken: { env: 'SOCKETS_PER_TOKEN', kind: 'integer' },
  socketsPerPerson: { env: 'SOCKETS_PER_PERSON', kind: 'integer' },
  socketsPerAddress: { env: 'SOCKETS_PER_ADDRESS', kind: 'integer' },
  openConversationsPerCustomer: { env: 'OPEN_CONVERSATIONS_PER_CUSTOMER', kind: 'integer' },
  tenantQueueLimit: { env: 'TENANT_QUEUE_LIMIT', kind: 'integer' },
  shutdownTimeoutMs: { env: 'SHUTDOWN_TIMEOUT_MS', kind: 'integer' },
  logLevel: { env: 'LOG_LEVEL', kind: 'string' },
  trustProxy: { env: 'TRUST_PROXY', kind: 'proxy' },
  metricsToken: { env: 'METRICS_TOKEN', kind: 'string' },
  metricsTenantLabels: { env: 'METRICS_TENANT_LABELS', kind: 'boolean' },
  widgetSignatureMaxAge: { env: 'WIDGET_SIGNATURE_MAX_AGE', kind: 'integer' },
  attachmentLinkSeconds: { env: 'ATTACHMENT_LINK_SECONDS', kind: 'integer' },
  attachmentMaxBytes: { env: 'ATTACHMENT_MAX_BYTES', kind: 'integer' },
  redisUrl: { env: 'REDIS_URL', kind: 'string' },
  redisKeyPrefix: { env: 'REDIS_KEY_PREFIX', kind: 'string' },
  nodeId: { env: 'NODE_ID', kind: 'string' },
  clusterLeaseMs: { env: 'CLUSTER_LEASE_MS', kind: 'integer' },
  clusterHeartbeatMs: { env: 'CLUSTER_HEARTBEAT_MS', kind: 'integer' },
  clusterForwardWaitMs: { env: 'CLUSTER_FORWARD_WAIT_MS', kind: 'integer' },
  outboundAllowHttp: { env: 'OUTBOUND_ALLOW_HTTP', kind: 'boolean' },
  outboundAllowPrivateAddresses: { env: 'OUTBOUND_ALLOW_PRIVATE_ADDRESSES', kind: 'boolean' },
  webhookTimeoutMs: { env: 'WEBHOOK_TIMEOUT_MS', kind: 'integer' },
  webhookRetryHours: { env: 'WEBHOOK_RETRY_HOURS', kind: 'integer' },
  webhookRetentionDays: { env: 'WEBHOOK_RETENTION_DAYS', kind: 'integer' },
  webhookConcurrency: { env: 'WEBHOOK_CONCURRENCY', kind: 'integer' },
};

const keys = Object.keys(fromEnv) as Key[];

/** The values used for settings given nowhere. */
export const configDefaults = {
  port: 3000,
  host: '0.0.0.0',
  dataDir: 'data',
  corsOrigins: ['*'],
  bodyLimit: 256 * 1024,
  rateLimit: 1200,
  realtimeRateLimit: 600,
  socketsPerToken: 10,
  socketsPerPerson: 10,
  socketsPerAddress: 50,
  openConversationsPerCustomer: 5,
  tenantQueueLimit: 10_000,
  shutdownTimeoutMs: 10_000,
  logLevel: 'info',
  trustProxy: false,
  metricsTenantLabels: false,
  widgetSignatureMaxAge: 600,
  attachmentLinkSeconds: 3600,
  attachmentMaxBytes: 25 * 1024 * 1024,
  redisKeyPrefix: 'switchboard:',
  clusterLeaseMs: 3000,
  clusterHeartbeatMs: 1000,
  clusterForwardWaitMs: 10_000,
  outboundAllowHttp: false,
  outboundAllowPrivateAddresses: false,
  webhookTimeoutMs: 10_000,
  webhookRetryHours: 24,
  webhookRetentionDays: 7,
  webhookConcurrency: 16,
} as const satisfies Partial<Settings>;

/** A configuration that cannot be used; `problems` has one line per bad setting, naming it. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid configuration:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** A config file's path and text, already read. */
export interface ConfigFile {
  readonly path: string;
  readonly text: string;
}

function parseEnvValue(kind: EnvKind, text: string): unknown {
  const trimmed = text.trim();
  if (kind === 'integer') return /^-?\d+$/.test(trimmed) ? Number(trimmed) : text;
  if (kind === 'boolean') return trimmed === 'true' ? true : trimmed === 'false' ? false : text;
  if (kind === 'proxy') {
    if (trimmed === 'true' || trimmed === 'false') return trimmed === 'true';
    if (/^\d+$/.test(trimmed)) return Number(trimmed);
    return parseEnvValue('list', text);
  }
  if (kind === 'list') {
    return text
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item.length > 0);
  }
  return text;
}

function parseFile(file: ConfigFile): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(file.text);
  } catch (error) {
    throw new ConfigError([`${file.path}: not valid JSON (${error instanceof Error ? error.message : String(error)})`]);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ConfigError([`${file.path}: expected a JSON object of settings`]);
  }
  const unknown = Object.keys(parsed).filter((key) => !(keys as string[]).includes(key));
  if (unknown.length > 0) {
    throw new ConfigError(unknown.map((key) => `${file.path}: unknown key "${key}" (known keys: ${keys.join(', ')})`));
  }
  return parsed as Record<string, unknown>;
}

/**
 * Builds the configuration from the environment and an optional config file (pure: the caller
 * reads the file). Throws `ConfigError` naming every bad setting.
 */
export function resolveConfig(
  env: Readonly<Record<string, string | undefined>>,
  file: ConfigFile | null,
): ServerConfig {
  const values: Record<string, unknown> = { ...configDefaults, corsOrigins: [...configDefaults.corsOrigins] };
  const sources = new Map<string, string>();
  if (file !== null) {
    for (const [key, value] of Object.entries(parseFile(file))) {
      values[key] = value;
      sources.set(key, `${file.path}: "${key}"`);
    }
  }
  for (const key of keys) {
    const { env: name, kind } = fromEnv[key];
    const text = env[name];
    if (text === undefined || text === '') continue;
    values[key] = parseEnvValue(kind, text);
    sources.set(key, name);
  }
  if (!Value.Check(Settings, values)) {
    const problems = new Map<string, string>();
    for (const error of Value.Errors(Settings, values)) {
      const key = error.path.split('/')[1] ?? '';
      if (problems.has(key) || !(keys as string[]).includes(key)) continue;
      const description = (Settings.properties[key as Key] as { description?: string }).description ?? error.message;
      const label = sources.get(key) ?? fromEnv[key as Key].env;
      problems.set(key, `${label}: expected ${description}, got ${JSON.stringify(values[key])}`);
    }
    throw new ConfigError([...problems.values()]);
  }
  return toServerConfig(values, sources, file);
}

function toServerConfig(
  settings: Settings,
  sources: ReadonlyMap<string, string>,
  file: ConfigFile | null,
): ServerConfig {
  const storage: StoreConfig =
    settings.databaseUrl === undefined
      ? {
          kind: 'sqlite',
          dataDir: settings.dataDir,
          ...(settings.sqliteWriter === undefined ? {} : { writer: settings.sqliteWriter }),
        }
      : {
          kind: 'postgres',
          connectionString: settings.databaseUrl,
          ...(settings.databaseSchema === undefined ? {} : { schema: settings.databaseSchema }),
        };
  if (storage.kind === 'postgres' && settings.tokenSecret === undefined) {
    throw new ConfigError([
      `TOKEN_SECRET: required with ${sources.get('databaseUrl') ?? 'DATABASE_URL'} (PostgreSQL): every server sharing ` +
        'the database must sign tokens with the same secret (at least 32 characters)',
    ]);
  }
  const cluster = clusterConfig(settings, sources, storage);
  if (settings.metricsTenantLabels && settings.metricsToken === undefined) {
    throw new ConfigError([
      `${sources.get('metricsTenantLabels') ?? 'METRICS_TENANT_LABELS'}: tenant labels need METRICS_TOKEN ` +
        '(an open /metrics must not list the tenants)',
    ]);
  }
  return {
    port: settings.port,
    host: settings.host,
    storage,
    tokenSecret: settings.tokenSecret ?? null,
    adminToken: settings.adminToken ?? null,
    corsOrigins: settings.corsOrigins,
    bodyLimit: settings.bodyLimit,
    rateLimitPerMinute: settings.rateLimit,
    limits: {
      realtimeRequestsPerMinute: settings.realtimeRateLimit,
      socketsPerToken: settings.socketsPerToken,
      socketsPerPerson: settings.socketsPerPerson,
      socketsPerAddress: settings.socketsPerAddress,
      openConversationsPerCustomer: settings.openConversationsPerCustomer,
      tenantQueueLimit: settings.tenantQueueLimit,
    },
    shutdownTimeoutMs: settings.shutdownTimeoutMs,
    logLevel: settings.logLevel,
    trustProxy: settings.trustProxy,
    metricsToken: settings.metricsToken ?? null,
    metricsTenantLabels: settings.metricsTenantLabels,
    widgetSignatureMaxAgeSeconds: settings.widgetSignatureMaxAge,
    attachments: { linkSeconds: settings.attachmentLinkSeconds, maxBytes: settings.attachmentMaxBytes },
    cluster,
    outbound: {
      allowHttp: settings.outboundAllowHttp,
      allowPrivateAddresses: settings.outboundAllowPrivateAddresses,
    },
    webhooks: {
      timeoutMs: settings.webhookTimeoutMs,
      maxRetryMs: settings.webhookRetryHours * 60 * 60_000,
      retentionMs: settings.webhookRetentionDays * 24 * 60 * 60_000,
      concurrency: settings.webhookConcurrency,
    },
    configFile: file?.path ?? null,
  };
}

/**
 * Cluster mode is on exactly when a Redis URL is given. The timing settings are checked against each
 * other only then (they mean nothing to a single node).
 */
function clusterConfig(
  settings: Settings,
  sources: ReadonlyMap<string, string>,
  storage: StoreConfig,
): ClusterConfig | null {
  if (settings.redisUrl === undefined) return null;
  const name = (key: Key): string => sources.get(key) ?? fromEnv[key].env;
  if (storage.kind !== 'postgres') {
    throw new ConfigError([
      `${name('redisUrl')}: cluster mode needs PostgreSQL (set DATABASE_URL): every node shares one database; ` +
        'SQLite serves one process only',
    ]);
  }
  if (settings.clusterHeartbeatMs * 2 > settings.clusterLeaseMs) {
    throw new ConfigError([
      `${name('clusterHeartbeatMs')}: expected at most half of ${name('clusterLeaseMs')} ` +
        `(${settings.clusterLeaseMs} ms), got ${settings.clusterHeartbeatMs}: a lease must survive a missed renewal`,
    ]);
  }
  return {
    redisUrl: settings.redisUrl,
    redisKeyPrefix: settings.redisKeyPrefix,
    nodeId: settings.nodeId ?? null,
    leaseMs: settings.clusterLeaseMs,
    heartbeatMs: settings.clusterHeartbeatMs,
    forwardWaitMs: settings.clusterForwardWaitMs,
  };
}

/**
 * Reads the configuration: the file given by `configPath`, else by `SWITCHBOARD_CONFIG`, if any,
 * then the environment. Throws `ConfigError` for an unreadable file or a bad setting.
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>>, configPath?: string): ServerConfig {
  const path = configPath ?? (env[CONFIG_ENV] === '' ? undefined : env[CONFIG_ENV]);
  if (path === undefined) return resolveConfig(env, null);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new ConfigError([`config file ${path}: cannot be read (${reason})`]);
  }
  return resolveConfig(env, { path, text });
}

/** The integer settings with their bounds (inclusive), for help texts, docs and tests. */
export const numericSettings: readonly {
  readonly key: string;
  readonly env: string;
  readonly minimum: number;
  readonly maximum: number;
}[] = keys
  .filter((key) => fromEnv[key].kind === 'integer')
  .map((key) => {
    const { minimum, maximum } = Settings.properties[key] as { minimum?: number; maximum?: number };
    if (minimum === undefined || maximum === undefined) throw new Error(`${key}: an integer setting needs both bounds`);
    return { key, env: fromEnv[key].env, minimum, maximum };
  });

/** Every setting with its environment variable and config-file key, for help texts and docs. */
export const settingNames: readonly { readonly key: string; readonly env: string }[] = keys.map((key) => ({
  key,
  env: fromEnv[key].env,
}));
