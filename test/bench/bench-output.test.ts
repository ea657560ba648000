/** `npm run bench` keeps its output contract: one JSON object per line with name, value, unit. */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// The e2e run starts two servers and 400 sockets even with --quick: minutes on a loaded machine.
describe('npm run bench', () => {
  it('prints one JSON metric per line, including the routing figures and the linear-scan ratio', () => {
    const output = execFileSync(process.execPath, ['--import', 'tsx', 'bench/index.ts', '--quick'], {
      encoding: 'utf8',
    });
    const metrics = output
      .trim()
      .split('\n')
      .map(
        (line) => JSON.parse(line) as { name: string; value: number; unit: string; baseline?: number; ratio?: number },
      );
    const names = metrics.map((metric) => metric.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'routing.decisions_per_sec',
        'routing.decision_p99_us',
        'routing.vs_linear_scan',
        'transfer.request_to_accept_p99_us',
        'store.durable_commands_per_sec',
        'store.recovery_seconds_per_million_events',
        'store.event_loop_delay_p99_ms',
        'store.postgres_durable_commands_per_sec',
        'webhooks.routing_p99_us_with_slow_receiver',
        'cluster.failover_seconds',
        'cluster.handover_ms',
        'cluster.lost_acknowledged',
        'cluster.double_assignments',
        'cluster.commands_per_sec_3_vs_1',
        'cluster.e2e_p99_ms_3_vs_1',
        'e2e.assign_notify_p99_ms',
        'e2e.message_p99_ms',
        'e2e.messages_per_sec',
        'e2e.vs_raw_socketio',
        'e2e.lost_or_duplicated',
        'e2e.server_loop_delay_p99_ms',
      ]),
    );
    for (const metric of metrics) {
      expect(Number.isFinite(metric.value)).toBe(true);
      expect(typeof metric.unit).toBe('string');
    }
    const durable = metrics.find((metric) => metric.name === 'store.durable_commands_per_sec');
    expect(durable?.baseline).toBeGreaterThan(0);
    expect(durable?.ratio).toBeGreaterThan(0);
    const loopDelay = metrics.find((metric) => metric.name === 'store.event_loop_delay_p99_ms');
    expect(loopDelay?.baseline).toBeGreaterThan(0);
    const versus = metrics.find((metric) => metric.name === 'routing.vs_linear_scan');
    expect(versus?.baseline).toBeGreaterThan(0);
    // The e2e run delivers every message exactly once, against Switchboard and against the relay.
    const e2e = metrics.find((metric) => metric.name === 'e2e.lost_or_duplicated');
    expect(e2e?.value).toBe(0);
    expect(e2e?.baseline).toBe(0);
    const relay = metrics.find((metric) => metric.name === 'e2e.messages_per_sec');
    expect(relay?.baseline).toBeGreaterThan(0);
    // Figures are rounded for printing, so the ratio agrees with value / baseline to within 2 %.
    expect(Math.abs(versus!.ratio! / (versus!.value / versus!.baseline!) - 1)).toBeLessThan(0.02);
    // Even the quick cluster run kills owners: nothing acknowledged may be lost, nothing owned twice.
    expect(metrics.find((metric) => metric.name === 'cluster.lost_acknowledged')?.value).toBe(0);
    expect(metrics.find((metric) => metric.name === 'cluster.double_assignments')?.value).toBe(0);
    // The quick run starts real server processes (bench/hostile.ts, bench/cluster.ts): minutes on a loaded machine.
  }, 600_000);
});
