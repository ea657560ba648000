/**
 * Every metric of a report in a sortable table, written as people read them (counts, %, m:ss),
 * each column's definition in a tooltip. Not broken down: one row per period and the range's total.
 * Broken down: the totals per dimension value, or one row per period and value (as the CSV).
 */
import { QuestionCircleOutlined } from '@ant-design/icons';
import { Flex, Segmented, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMetric } from './formatMetric.js';
import { metricKey, metricsOf, metricValue } from './reportMetrics.js';
import type { Metrics, ReportBody } from './reportTypes.js';
import type { ReportNames } from './useReportNames.js';

type TableView = 'rows' | 'totals';

interface Row {
  /** Unique and stable: `<period>`, `<value>` or `<period>/<value>`; used in test ids. */
  readonly rowKey: string;
  readonly label: string | null;
  readonly key: string | null;
  readonly metrics: Metrics;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Nulls sort below every number, in both directions of the sort. */
function byNumber(a: number | null, b: number | null): number {
  if (a === null) return b === null ? 0 : -1;
  if (b === null) return 1;
  return a - b;
}

function rowsOf(report: ReportBody, view: TableView): Row[] {
  if (report.groupBy === null) {
    return report.series.map((point) => ({
      rowKey: point.label,
      label: point.label,
      key: null,
      metrics: point.metrics,
    }));
  }
  if (view === 'totals') {
    return report.breakdown.map((value) => ({
      rowKey: value.key,
      label: null,
      key: value.key,
      metrics: value.metrics,
    }));
  }
  return report.rows.map((row) => ({
    rowKey: `${row.label}/${row.key}`,
    label: row.label,
    key: row.key,
    metrics: row.metrics,
  }));
}

export function ReportTable({
  report,
  nameOf,
}: {
  readonly report: ReportBody;
  readonly nameOf: ReportNames['nameOf'];
}): ReactNode {
  const { t } = useTranslation('reports');
  const [view, setView] = useState<TableView>('totals');
  const kind = report.kind;
  const dimension = report.groupBy;
  const grouped = dimension !== null;
  const rows = useMemo(() => rowsOf(report, view), [report, view]);

  const columns = useMemo<ColumnsType<Row>>(() => {
    const result: ColumnsType<Row> = [];
    if (!grouped || view === 'rows') {
      result.push({
        key: 'bucket',
        title: t('bucket'),
        fixed: 'start',
        sorter: (a, b) => byText(a.label ?? '', b.label ?? ''),
        render: (_: unknown, row) => <span data-testid={`report-bucket-${row.rowKey}`}>{row.label}</span>,
      });
    }
    if (grouped) {
      result.push({
        key: 'key',
        title: t(`dimension_${dimension}`),
        fixed: 'start',
        sorter: (a, b) => byText(nameOf(dimension, a.key ?? ''), nameOf(dimension, b.key ?? '')),
        render: (_: unknown, row) => (
          <span data-testid={`report-key-${row.rowKey}`}>{nameOf(dimension, row.key ?? '')}</span>
        ),
      });
    }
    for (const metric of metricsOf[kind]) {
      const key = metricKey(kind, metric.id);
      result.push({
        key: metric.id,
        align: 'right',
        title: (
          <Tooltip title={t(`h_${key}`)}>
            <span data-testid={`report-column-${metric.id}`}>
              {t(`m_${key}`)} <QuestionCircleOutlined style={{ color: '#8c8c8c' }} />
            </span>
          </Tooltip>
        ),
        sorter: (a, b) => byNumber(metricValue(a.metrics, metric.id), metricValue(b.metrics, metric.id)),
        render: (_: unknown, row) => (
          <span data-testid={`report-cell-${row.rowKey}-${metric.id}`}>
            {formatMetric(metricValue(row.metrics, metric.id), metric.format)}
          </span>
        ),
      });
    }
    return result;
  }, [grouped, view, dimension, kind, nameOf, t]);

  // Not broken down, the breakdown is the range's one total; with nothing in the range, any empty
  // period's figures are the total's.
  const total = grouped ? undefined : (report.breakdown[0] ?? report.series[0]);

  return (
    <Flex vertical gap={8}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('tableTitle')}
        </Typography.Title>
        {grouped && (
          <Segmented<TableView>
            data-testid="report-table-view"
            value={view}
            options={(['totals', 'rows'] as const).map((value) => ({
              value,
              label: <span data-testid={`report-table-view-${value}`}>{t(`tableView_${value}`)}</span>,
            }))}
            onChange={setView}
          />
        )}
      </Flex>
      <Table<Row>
        data-testid="report-table"
        size="small"
        rowKey="rowKey"
        columns={columns}
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        locale={{ emptyText: t('noData') }}
        summary={() =>
          total === undefined ? null : (
            <Table.Summary fixed>
              <Table.Summary.Row data-testid="report-total">
                <Table.Summary.Cell index={0}>
                  <Typography.Text strong>{t('total')}</Typography.Text>
                </Table.Summary.Cell>
                {metricsOf[kind].map((metric, index) => (
                  <Table.Summary.Cell key={metric.id} index={index + 1} align="right">
                    <Typography.Text strong data-testid={`report-cell-total-${metric.id}`}>
                      {formatMetric(metricValue(total.metrics, metric.id), metric.format)}
                    </Typography.Text>
                  </Table.Summary.Cell>
                ))}
              </Table.Summary.Row>
            </Table.Summary>
          )
        }
      />
    </Flex>
  );
}
