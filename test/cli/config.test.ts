/**
 * Server configuration (src/server/config.ts): defaults, environment variables, the JSON config
 * file and their precedence, and errors that name the setting as the operator wrote it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, configDefaults, loadConfig, numericSettings, resolveConfig } from '../../src/server/config.js';
import { DEFAULT_DATA_DIR } from '../../src/store/sqlite/create-sqlite-store.js';
import { defaultAttachmentLimits, defaultServerLimits } from '../../src/server/create-server.js';
import { defaultHttpOptions } from '../../src/transport/http/app.js';
import { defaultRealtimeOptions } from '../../src/transport/realtime/gateway.js';

const SECRET = 'a-token-secret-of-at-least-32-characters';

/** The problems a configuration is refused with, or [] when it is accepted. */
function problems(env: Record<string, string>, file: { path: string; text: string } | null = null): readonly string[] {
  try {
    resolveConfig(env, file);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

const json = (value: unknown) => ({ path: 'switchboard.json', text: JSON.stringify(value) });

describe('configuration defaults', () => {
  it('serves on 0.0.0.0:3000 with SQLite in ./data, a generated token secret and no admin token', () => {
    expect(resolveConfig({}, null)).toEqual({
      port: 3000,
      host: '0.0.0.0',
      storage: { kind: 'sqlite', dataDir: 'data' },
      tokenSecret: null,
      adminToken: null,
      corsOrigins: ['*'],
      bodyLimit: 256 * 1024,
      rateLimitPerMinute: 1200,
      limits: {
        realtimeRequestsPerMinute: 600,
        socketsPerToken: 10,
        socketsPerPerson: 10,
        socketsPerAddress: 50,
        openConversationsPerCustomer: 5,
        tenantQueueLimit: 10_000,
      },
      shutdownTimeoutMs: 10_000,
      logLevel: 'info',
      trustProxy: false,
      metricsToken: null,
      outbound: { allowHttp: false, allowPrivateAddresses: false },
      webhooks: { timeoutMs: 10_000, maxRetryMs: 86_400_000, retentionMs: 604_800_000, concurrency: 16 },
      metricsTenantLabels: false,
      widgetSignatureMaxAgeSeconds: 600,
      attachments: { linkSeconds: 3600, maxBytes: 25 * 1024 * 1024 },
      cluster: null,
      configFile: null,
    });
  });

  it('repeats the store and HTTP defaults exactly', () => {
    expect(configDefaults.dataDir).toBe(DEFAULT_DATA_DIR);
    expect(configDefaults.corsOrigins).toEqual(defaultHttpOptions.corsOrigins);
    expect(configDefaults.bodyLimit).toBe(defaultHttpOptions.bodyLimit);
    expect(configDefaults.rateLimit).toBe(defaultHttpOptions.rateLimitPerMinute);
    expect(configDefaults.trustProxy).toBe(defaultHttpOptions.trustProxy);
  });

  it('repeats the realtime and server limits exactly', () => {
    expect(configDefaults.realtimeRateLimit).toBe(defaultRealtimeOptions.requestsPerMinute);
    expect(configDefaults.socketsPerToken).toBe(defaultRealtimeOptions.connections.perToken);
    expect(configDefaults.socketsPerPerson).toBe(defaultRealtimeOptions.connections.perPerson);
    expect(configDefaults.socketsPerAddress).toBe(defaultRealtimeOptions.connections.perAddress);
    expect(configDefaults.openConversationsPerCustomer).toBe(defaultServerLimits.openConversationsPerCustomer);
    expect(configDefaults.tenantQueueLimit).toBe(defaultServerLimits.tenantQueueLimit);
    expect(configDefaults.attachmentLinkSeconds).toBe(defaultAttachmentLimits.linkSeconds);
    expect(configDefaults.attachmentMaxBytes).toBe(defaultAttachmentLimits.maxBytes);
  });

  it('names both bounds of a limit when a value is out of range', () => {
    expect(problems({ SOCKETS_PER_TOKEN: '0' })).toEqual([
      'SOCKETS_PER_TOKEN: expected an integer from 1 to 10000, got 0',
    ]);
    expect(problems({ SHUTDOWN_TIMEOUT_MS: '999999' })).toEqual([
      'SHUTDOWN_TIMEOUT_MS: expected milliseconds from 1000 to 600000, got 999999',
    ]);
    expect(resolveConfig({ OPEN_CONVERSATIONS_PER_CUSTOMER: '3' }, null).limits.openConversationsPerCustomer).toBe(3);
  });

  it('treats an empty variable as unset', () => {
    expect(resolveConfig({ PORT: '', DATABASE_URL: '', LOG_LEVEL: '' }, null).port).toBe(3000);
  });
});

describe('environment variables', () => {
  it('reads every setting', () => {
    const config = resolveConfig(
      {
        PORT: '0',
        HOST: '127.0.0.1',
        SWITCHBOARD_DATA_DIR: '/var/lib/switchboard',
        TOKEN_SECRET: SECRET,
        ADMIN_TOKEN: 'an-admin-token-of-at-least-32-characters',
        CORS_ORIGINS: 'https://shop.example.com, http://localhost:5173',
        BODY_LIMIT: '1048576',
        RATE_LIMIT: '600',
        LOG_LEVEL: 'debug',
        TRUST_PROXY: '10.0.0.0/8, loopback',
        METRICS_TOKEN: 'a-metrics-token-of-at-least-32-chars',
        METRICS_TENANT_LABELS: 'true',
        WIDGET_SIGNATURE_MAX_AGE: '120',
      },
      null,
    );
    expect(config).toMatchObject({
      trustProxy: ['10.0.0.0/8', 'loopback'],
      metricsToken: 'a-metrics-token-of-at-least-32-chars',
      metricsTenantLabels: true,
      widgetSignatureMaxAgeSeconds: 120,
      port: 0,
      host: '127.0.0.1',
      storage: { kind: 'sqlite', dataDir: '/var/lib/switchboard' },
      tokenSecret: SECRET,
      adminToken: 'an-admin-token-of-at-least-32-characters',
      corsOrigins: ['https://shop.example.com', 'http://localhost:5173'],
      bodyLimit: 1048576,
      rateLimitPerMinute: 600,
      logLevel: 'debug',
    });
  });

  it('reads TRUST_PROXY as a switch, a hop count or a list, and keeps tenant labels behind a metrics token', () => {
    expect(resolveConfig({ TRUST_PROXY: 'true' }, null).trustProxy).toBe(true);
    expect(resolveConfig({ TRUST_PROXY: '2' }, null).trustProxy).toBe(2);
    expect(resolveConfig({ TRUST_PROXY: '192.168.1.10' }, null).trustProxy).toEqual(['192.168.1.10']);
    expect(problems({ TRUST_PROXY: 'proxy.example.com' })).toEqual([
      expect.stringMatching(/^TRUST_PROXY: expected false, true/),
    ]);
    expect(problems({ METRICS_TENANT_LABELS: 'true' })).toEqual([
      expect.stringMatching(/^METRICS_TENANT_LABELS: tenant labels need METRICS_TOKEN/),
    ]);
  });

  it('selects PostgreSQL with DATABASE_URL, and then requires TOKEN_SECRET', () => {
    expect(problems({ DATABASE_URL: 'postgres://db/switchboard' })).toEqual([
      expect.stringMatching(/^TOKEN_SECRET: required with DATABASE_URL \(PostgreSQL\)/),
    ]);
    const config = resolveConfig(
      { DATABASE_URL: 'postgresql://db/switchboard', DATABASE_SCHEMA: 'sb', TOKEN_SECRET: SECRET },
      null,
    );
    expect(config.storage).toEqual({ kind: 'postgres', connectionString: 'postgresql://db/switchboard', schema: 'sb' });
  });

  describe('cluster mode', () => {
    const postgres = { DATABASE_URL: 'postgres://db/switchboard', TOKEN_SECRET: SECRET };

    it('is on exactly when REDIS_URL is set, with the design defaults', () => {
      expect(resolveConfig(postgres, null).cluster).toBeNull();
      expect(resolveConfig({ ...postgres, REDIS_URL: 'redis://cache:6379' }, null).cluster).toEqual({
        redisUrl: 'redis://cache:6379',
        redisKeyPrefix: 'switchboard:',
        nodeId: null,
        leaseMs: 3000,
        heartbeatMs: 1000,
        forwardWaitMs: 10_000,
      });
    });

    it('reads the node id, the prefix and the timings', () => {
      const config = resolveConfig(
        {
          ...postgres,
          REDIS_URL: 'rediss://user:pw@cache:6380/2',
          REDIS_KEY_PREFIX: 'sb-prod:',
          NODE_ID: 'node-1.eu',
          CLUSTER_LEASE_MS: '10000',
          CLUSTER_HEARTBEAT_MS: '5000',
          CLUSTER_FORWARD_WAIT_MS: '2000',
        },
        null,
      );
      expect(config.cluster).toEqual({
        redisUrl: 'rediss://user:pw@cache:6380/2',
        redisKeyPrefix: 'sb-prod:',
        nodeId: 'node-1.eu',
        leaseMs: 10_000,
        heartbeatMs: 5000,
        forwardWaitMs: 2000,
      });
      const fromFile = json({
        databaseUrl: 'postgres://db/x',
        tokenSecret: SECRET,
        redisUrl: 'redis://x',
        nodeId: 'n2',
      });
      expect(resolveConfig({}, fromFile).cluster).toMatchObject({ redisUrl: 'redis://x', nodeId: 'n2' });
    });

    it('refuses REDIS_URL without PostgreSQL, pointing to DATABASE_URL', () => {
      expect(problems({ REDIS_URL: 'redis://cache:6379' })).toEqual([
        expect.stringMatching(/^REDIS_URL: cluster mode needs PostgreSQL \(set DATABASE_URL\)/),
      ]);
      expect(problems({}, json({ redisUrl: 'redis://cache:6379' }))).toEqual([
        expect.stringMatching(/^switchboard\.json: "redisUrl": cluster mode needs PostgreSQL/),
      ]);
    });

    it('refuses a heartbeat longer than half the lease, in cluster mode only', () => {
      const cluster = { ...postgres, REDIS_URL: 'redis://cache:6379' };
      expect(problems({ ...cluster, CLUSTER_LEASE_MS: '4000', CLUSTER_HEARTBEAT_MS: '2000' })).toEqual([]);
      expect(problems({ ...cluster, CLUSTER_LEASE_MS: '4000', CLUSTER_HEARTBEAT_MS: '2001' })).toEqual([
        'CLUSTER_HEARTBEAT_MS: expected at most half of CLUSTER_LEASE_MS (4000 ms), got 2001: a lease must ' +
          'survive a missed renewal',
      ]);
      expect(problems({ ...cluster, CLUSTER_LEASE_MS: '1000' })).toEqual([
        expect.stringMatching(/^CLUSTER_HEARTBEAT_MS: expected at most half of CLUSTER_LEASE_MS \(1000 ms\)/),
      ]);
      expect(problems({ CLUSTER_LEASE_MS: '1000' })).toEqual([]);
    });

    it.each([
      ['REDIS_URL', 'http://cache:6379', /^REDIS_URL: expected a redis:\/\/ or rediss:\/\/ connection URL/],
      ['NODE_ID', 'node 1', /^NODE_ID: expected letters, digits and \. _ -/],
      ['NODE_ID', '-node', /^NODE_ID: expected letters, digits/],
      ['NODE_ID', 'n'.repeat(64), /^NODE_ID: expected letters, digits/],
      ['REDIS_KEY_PREFIX', 'a prefix', /^REDIS_KEY_PREFIX: expected letters, digits and : \. _ -/],
    ])('refuses %s=%j', (name, value, message) => {
      const found = problems({ ...postgres, REDIS_URL: 'redis://cache:6379', [name]: value });
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(message);
    });
  });

  it.each([
    ['PORT', 'abc', /^PORT: expected an integer from 0 to 65535 \(0: any free port\), got "abc"$/],
    ['PORT', '70000', /^PORT: expected an integer from 0 to 65535.*, got 70000$/],
    ['PORT', '3000.5', /^PORT: expected an integer/],
    [
      'HOST',
      'http://example.com',
      /^HOST: expected a host name or IP address to listen on, got "http:\/\/example.com"$/,
    ],
    ['DATABASE_URL', 'mysql://db/x', /^DATABASE_URL: expected a postgres:\/\/ or postgresql:\/\/ connection URL/],
    ['DATABASE_SCHEMA', 'Bad-Schema', /^DATABASE_SCHEMA: expected a lower-case SQL identifier/],
    ['TOKEN_SECRET', 'short', /^TOKEN_SECRET: expected a secret of at least 32 characters, got "short"$/],
    ['ADMIN_TOKEN', 'short', /^ADMIN_TOKEN: expected a token of at least 32 characters/],
    [
      'CORS_ORIGINS',
      'shop.example.com',
      /^CORS_ORIGINS: expected "\*" or origins such as https:\/\/shop\.example\.com/,
    ],
    ['CORS_ORIGINS', ',', /^CORS_ORIGINS: expected/],
    ['BODY_LIMIT', '10', /^BODY_LIMIT: expected a size in bytes from 1024 to 67108864, got 10$/],
    ['BODY_LIMIT', '1mb', /^BODY_LIMIT: expected a size in bytes/],
    ['RATE_LIMIT', '0', /^RATE_LIMIT: expected requests per minute per client, an integer from 1 to 1000000, got 0$/],
    ['RATE_LIMIT', '100000000', /^RATE_LIMIT: expected .* from 1 to 1000000, got 100000000$/],
    [
      'LOG_LEVEL',
      'verbose',
      /^LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent, got "verbose"$/,
    ],
    ['SQLITE_WRITER', 'worker', /^SQLITE_WRITER: expected thread or loop, got "worker"$/],
  ])('refuses %s=%j, naming the variable', (name, value, message) => {
    const found = problems({ [name]: value, ...(name.startsWith('DATABASE_') ? { TOKEN_SECRET: SECRET } : {}) });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(message);
  });

  it('tells the SQLite store where its writer runs (SQLITE_WRITER)', () => {
    expect(resolveConfig({ SQLITE_WRITER: 'loop' }, null).storage).toEqual({
      kind: 'sqlite',
      dataDir: 'data',
      writer: 'loop',
    });
    expect(resolveConfig({ SQLITE_WRITER: 'thread' }, null).storage).toEqual({
      kind: 'sqlite',
      dataDir: 'data',
      writer: 'thread',
    });
  });

  it('covers every integer setting, limits included', () => {
    expect(numericSettings.map((setting) => setting.env)).toEqual([
      'PORT',
      'BODY_LIMIT',
      'RATE_LIMIT',
      'REALTIME_RATE_LIMIT',
      'SOCKETS_PER_TOKEN',
      'SOCKETS_PER_PERSON',
      'SOCKETS_PER_ADDRESS',
      'OPEN_CONVERSATIONS_PER_CUSTOMER',
      'TENANT_QUEUE_LIMIT',
      'SHUTDOWN_TIMEOUT_MS',
      'WIDGET_SIGNATURE_MAX_AGE',
      'ATTACHMENT_LINK_SECONDS',
      'ATTACHMENT_MAX_BYTES',
      'CLUSTER_LEASE_MS',
      'CLUSTER_HEARTBEAT_MS',
      'CLUSTER_FORWARD_WAIT_MS',
      'WEBHOOK_TIMEOUT_MS',
      'WEBHOOK_RETRY_HOURS',
      'WEBHOOK_RETENTION_DAYS',
      'WEBHOOK_CONCURRENCY',
    ]);
  });

  describe.each(numericSettings)('$env ($minimum to $maximum)', ({ env, key, minimum, maximum }) => {
    it.each([
      ['below', minimum - 1],
      ['above', maximum + 1],
    ])('refuses a value %s the range, naming both bounds', (_side, value) => {
      const message = `expected .* from ${minimum} to ${maximum}\\b.*, got ${value}$`;
      expect(problems({ [env]: String(value) })).toEqual([expect.stringMatching(new RegExp(`^${env}: ${message}`))]);
      expect(problems({}, json({ [key]: value }))).toEqual([
        expect.stringMatching(new RegExp(`^switchboard\\.json: "${key}": ${message}`)),
      ]);
    });

    it('accepts both bounds', () => {
      expect(problems({ [env]: String(minimum) })).toEqual([]);
      expect(problems({ [env]: String(maximum) })).toEqual([]);
    });

    it('is documented in the README with both bounds', () => {
      const row = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
        .split('\n')
        .find((line) => line.startsWith(`| \`${env}\``));
      expect(row, env).toContain(`${minimum} – ${maximum}`);
    });
  });

  it('lists every bad setting at once', () => {
    const found = problems({ PORT: '-1', LOG_LEVEL: 'loud', RATE_LIMIT: 'many' });
    expect(found.map((problem) => problem.split(':')[0])).toEqual(['PORT', 'RATE_LIMIT', 'LOG_LEVEL']);
    expect(() => resolveConfig({ PORT: '-1' }, null)).toThrow(/invalid configuration:\n {2}PORT: expected/);
  });
});

describe('the config file', () => {
  it('gives settings under camelCase keys; environment variables win over it', () => {
    const file = json({ port: 8080, host: '127.0.0.1', corsOrigins: ['https://a.example'], logLevel: 'warn' });
    expect(resolveConfig({}, file)).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      corsOrigins: ['https://a.example'],
      logLevel: 'warn',
      configFile: 'switchboard.json',
    });
    expect(resolveConfig({ PORT: '9090' }, file).port).toBe(9090);
  });

  it('names the file and key of a bad value', () => {
    expect(problems({}, json({ port: '8080', bodyLimit: 12 }))).toEqual([
      'switchboard.json: "port": expected an integer from 0 to 65535 (0: any free port), got "8080"',
      'switchboard.json: "bodyLimit": expected a size in bytes from 1024 to 67108864, got 12',
    ]);
  });

  it('refuses unknown keys, listing the known ones', () => {
    expect(problems({}, json({ prot: 8080 }))).toEqual([
      expect.stringMatching(/^switchboard\.json: unknown key "prot" \(known keys: port, host, dataDir, /),
    ]);
  });

  it('refuses a file that is not a JSON object', () => {
    expect(problems({}, { path: 'c.json', text: '{ port: 1 }' })).toEqual([
      expect.stringMatching(/^c\.json: not valid JSON/),
    ]);
    expect(problems({}, { path: 'c.json', text: '[1]' })).toEqual(['c.json: expected a JSON object of settings']);
  });

  describe('on disk', () => {
    let dir = '';
    afterEach(() => {
      rmSync(dir, { recursive: true, force: true });
    });

    it('is read from --config, else from SWITCHBOARD_CONFIG; a missing file is an error', () => {
      dir = mkdtempSync(join(tmpdir(), 'switchboard-config-'));
      const a = join(dir, 'a.json');
      const b = join(dir, 'b.json');
      writeFileSync(a, JSON.stringify({ port: 1111 }));
      writeFileSync(b, JSON.stringify({ port: 2222 }));
      expect(loadConfig({ SWITCHBOARD_CONFIG: a }).port).toBe(1111);
      expect(loadConfig({ SWITCHBOARD_CONFIG: a }, b).port).toBe(2222);
      expect(loadConfig({ SWITCHBOARD_CONFIG: a }, b).configFile).toBe(b);
      expect(() => loadConfig({}, join(dir, 'missing.json'))).toThrow(/missing\.json: cannot be read \(ENOENT\)/);
    });
  });
});
