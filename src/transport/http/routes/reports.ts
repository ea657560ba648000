/**
 * Reports (DESIGN.md §7; definitions in docs/reports.md): `GET /api/v1/reports/{transfers,queues,
 * agents}` with a range of tenant-local dates, a granularity, one dimension and filters, as JSON or
 * CSV (`format=csv` or `Accept: text/csv`; for Excel, in the requester's language: report-csv.ts). Supervisors see the groups and agents they manage,
 * admins and API keys the whole tenant; nothing crosses tenants.
 */
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DateTime } from 'luxon';
import { managesAgent, managesGroup } from '../../../domain/scope.js';
import type { TenantState } from '../../../domain/state.js';
import { granularities } from '../../../reports/report-buckets.js';
import { csvLanguageOf, csvLanguages } from '../../../reports/report-csv-headers.js';
import { reportCsv } from '../../../reports/report-csv.js';
import { reportKinds, ReportRequestError, runReport, type ReportKind } from '../../../reports/run-report.js';
import type { ReportFilter, ReportScope } from '../../../store/report-read-model.js';
import type { Principal } from '../../auth/principal.js';
import { actorOf, requireStaff, type HttpContext } from '../context.js';
import { ApiError } from '../error-catalogue.js';
import { commonErrors, Id, iso } from '../schemas.js';
import type { App } from './app-type.js';

const LocalDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'a date in the tenant’s time zone' });
const Text = Type.String({ minLength: 1, maxLength: 128 });

const Granularity = Type.Union(granularities.map((value) => Type.Literal(value)));
const Dimension = Type.Union(
  (['agent', 'department', 'departmentScope', 'skillGroup', 'reason', 'channel'] as const).map((value) =>
    Type.Literal(value),
  ),
);

const ReportQuery = Type.Object(
  {
    from: Type.Optional(LocalDate),
    to: Type.Optional(LocalDate),
    granularity: Type.Optional(Granularity),
    groupBy: Type.Optional(Dimension),
    groupId: Type.Optional(Id),
    agentId: Type.Optional(Id),
    departmentId: Type.Optional(Id),
    channel: Type.Optional(Text),
    reason: Type.Optional(Text),
    format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv')])),
    lang: Type.Optional(
      Type.Union(
        csvLanguages.map((value) => Type.Literal(value)),
        { description: 'CSV only: the header titles’ language; default: from Accept-Language, else en' },
      ),
    ),
    headers: Type.Optional(
      Type.Union([Type.Literal('human'), Type.Literal('machine')], {
        description: 'CSV only: `human` (default) titles columns in the language, `machine` with the metric names',
      }),
    ),
  },
  { additionalProperties: false },
);
type ReportQuery = Static<typeof ReportQuery>;

/** A count or measure, null where there is nothing to divide by, or seconds per agent status. */
const MetricValue = Type.Union([Type.Number(), Type.Null(), Type.Record(Type.String(), Type.Number())]);
const Metrics = Type.Record(Type.String(), MetricValue, {
  description: 'the report’s metrics (docs/reports.md); null where there is nothing to divide by',
});
const Point = Type.Object({ bucket: Type.String({ format: 'date-time' }), label: Type.String(), metrics: Metrics });

const ReportBody = Type.Object({
  kind: Type.Union(reportKinds.map((value) => Type.Literal(value))),
  timeZone: Type.String(),
  granularity: Granularity,
  groupBy: Type.Union([Dimension, Type.Null()]),
  from: Type.String({ format: 'date-time' }),
  to: Type.String({ format: 'date-time' }),
  series: Type.Array(Point),
  breakdown: Type.Array(Type.Object({ key: Type.String(), metrics: Metrics })),
  rows: Type.Array(Type.Object({ ...Point.properties, key: Type.String() })),
});

/** What a supervisor manages; admins and API keys: everything (undefined). */
function scopeOf(state: TenantState, principal: Principal): ReportScope | undefined {
  if (principal.kind !== 'agent') return undefined;
  const viewer = state.agents.get(principal.agentId);
  if (viewer === undefined || viewer.role === 'admin') return undefined;
  return {
    groupIds: [...state.groups.keys()].filter((groupId) => managesGroup(viewer, groupId)),
    agentIds: [...state.agents.values()].filter((agent) => managesAgent(state, viewer, agent)).map((agent) => agent.id),
  };
}

const wantsCsv = (request: FastifyRequest<{ Querystring: ReportQuery }>): boolean =>
  request.query.format === 'csv' ||
  (request.query.format === undefined && (request.headers.accept ?? '').includes('text/csv'));

export function reportRoutes(app: App, context: HttpContext): void {
  const handler =
    (kind: ReportKind) =>
    async (
      request: FastifyRequest<{ Querystring: ReportQuery }>,
      reply: FastifyReply,
    ): Promise<Static<typeof ReportBody> | undefined> => {
      const principal = requireStaff(request, 'supervisor');
      const state = actorOf(context, principal).view;
      const zone = state.settings.timeZone;
      const today = DateTime.fromMillis(context.registry.clock.now(), { zone });
      const query = request.query;
      const scope = scopeOf(state, principal);
      const filter: ReportFilter = {
        ...(query.groupId === undefined ? {} : { groupId: query.groupId }),
        ...(query.agentId === undefined ? {} : { agentId: query.agentId }),
        ...(query.departmentId === undefined ? {} : { departmentId: query.departmentId }),
        ...(query.channel === undefined ? {} : { channel: query.channel }),
        ...(query.reason === undefined ? {} : { reason: query.reason }),
        ...(scope === undefined ? {} : { scope }),
      };
      try {
        const report = await runReport(context.registry.store, {
          kind,
          tenantId: principal.tenantId,
          timeZone: zone,
          from: query.from ?? today.minus({ days: 6 }).toISODate() ?? '',
          to: query.to ?? today.toISODate() ?? '',
          granularity: query.granularity ?? 'day',
          groupBy: query.groupBy ?? null,
          filter,
          now: context.registry.clock.now(),
        });
        if (wantsCsv(request)) {
          const name = `${kind}-${DateTime.fromMillis(report.from, { zone }).toISODate() ?? 'report'}.csv`;
          await reply
            .header('content-type', 'text/csv; charset=utf-8')
            .header('content-disposition', `attachment; filename="${name}"`)
            .send(
              reportCsv(report, {
                language: csvLanguageOf(query.lang, request.headers['accept-language']),
                headers: query.headers ?? 'human',
              }),
            );
          return undefined;
        }
        const point = (value: { bucket: number; label: string; metrics: object }) => ({
          bucket: iso(value.bucket),
          label: value.label,
          metrics: { ...value.metrics },
        });
        return {
          ...report,
          from: iso(report.from),
          to: iso(report.to),
          series: report.series.map(point),
          breakdown: report.breakdown.map(({ key, metrics }) => ({ key, metrics: { ...metrics } })),
          rows: report.rows.map((row) => ({ ...point(row), key: row.key })),
        };
      } catch (error) {
        if (error instanceof ReportRequestError) throw new ApiError(error.code, error.message);
        throw error;
      }
    };
  for (const kind of reportKinds) {
    app.get(
      `/api/v1/reports/${kind}`,
      {
        schema: {
          tags: ['reports'],
          description: `The ${kind} report (docs/reports.md): a trend per bucket, a breakdown per value of \`groupBy\` and the table of both; CSV with \`format=csv\` or \`Accept: text/csv\`: UTF-8 with a byte-order mark, tenant-local times, shares as percentages, column titles in \`lang\` (else Accept-Language, else en) or machine names with \`headers=machine\`. Dates are the tenant's; default: the last seven days.`,
          querystring: ReportQuery,
          produces: ['application/json', 'text/csv'],
          response: { 200: ReportBody, ...commonErrors },
        },
      },
      handler(kind),
    );
  }
}
