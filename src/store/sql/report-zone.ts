/**
 * Tenant-local days for the daily report rollups (migration 4, docs/reports.md "Time zones").
 *
 * A local day is a whole number: the days from 1970-01-01 to the instant's date in the tenant's zone,
 * `floor((instant + offset) / day)`. The projector computes it in SQL from `report_zone_offsets` (the
 * zone's UTC offsets and when each starts, written when the tenant's zone is set), so a projection
 * stays a pure function of its event; the queries compute the same numbers with Luxon from the same
 * offsets. Without offset rows a tenant's days are UTC days (the default zone).
 */
import { DateTime } from 'luxon';

export const DAY = 86_400_000;
/** Offsets are listed from here; earlier instants use the first one. */
const FIRST_YEAR = 1990;
/** … to here; later instants keep the last one. */
const LAST_YEAR = 2100;
const MINUTE = 60_000;

/** When an offset starts (epoch ms; the first entry starts at the smallest safe integer) and what it is. */
export interface ZoneOffset {
  readonly since: number;
  readonly offsetMs: number;
}

const offsetAt = (at: number, zone: string): number => DateTime.fromMillis(at, { zone }).offset * MINUTE;
const cache = new Map<string, readonly ZoneOffset[]>();

/** The offsets of `zone` from 1990 to 2100, each from the exact instant it starts. */
export function zoneOffsets(zone: string): readonly ZoneOffset[] {
  const known = cache.get(zone);
  if (known !== undefined) return known;
  const start = Date.UTC(FIRST_YEAR, 0, 1);
  const end = Date.UTC(LAST_YEAR, 0, 1);
  const offsets: ZoneOffset[] = [{ since: Number.MIN_SAFE_INTEGER, offsetMs: offsetAt(start, zone) }];
  const step = 7 * DAY;
  for (let at = start; at < end; at += step) {
    const before = offsetAt(at, zone);
    if (offsetAt(at + step, zone) === before) continue;
    // Transitions fall on whole minutes; find the first minute with the new offset.
    let low = at / MINUTE;
    let high = (at + step) / MINUTE;
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (offsetAt(middle * MINUTE, zone) === before) low = middle;
      else high = middle;
    }
    offsets.push({ since: high * MINUTE, offsetMs: offsetAt(high * MINUTE, zone) });
  }
  cache.set(zone, offsets);
  return offsets;
}

/** The local day number of `at` in `zone`. */
export const localDay = (at: number, zone: string): number => Math.floor((at + offsetAt(at, zone)) / DAY);

/**
 * SQL for the local day number of the instant `instant` (an expression that may be evaluated twice)
 * for the tenant `tenant` (a column or `?`). Instants are after 1970, so integer division floors.
 */
export const localDaySql = (instant: string, tenant: string): string =>
  `((${instant}) + ${offsetSql(instant, tenant)}) / ${String(DAY)}`;

/** SQL for the tenant's UTC offset (ms) at `instant`, as localDaySql. */
export const offsetSql = (instant: string, tenant: string): string =>
  `COALESCE((SELECT o.offset_ms FROM report_zone_offsets o WHERE o.tenant_id = ${tenant}
    AND o.since <= (${instant}) ORDER BY o.since DESC LIMIT 1), 0)`;
