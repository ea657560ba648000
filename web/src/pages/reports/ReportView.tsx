/**
 * One report (queues, transfers or agents) as a page section: the filters bar, the CSV button, the
 * trend and breakdown charts and the table, or the API's error in words.
 */
import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Row, Spin, Typography } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BreakdownChart } from './BreakdownChart.js';
import { CsvDownloadButton } from './CsvDownloadButton.js';
import { describeReportFailure } from './describeReportFailure.js';
import { ReportFiltersBar } from './ReportFiltersBar.js';
import { ReportTable } from './ReportTable.js';
import { TrendChart } from './TrendChart.js';
import type { DateRange, ReportBody, ReportKind, ReportParams } from './reportTypes.js';
import { useReport } from './useReport.js';
import type { ReportNames } from './useReportNames.js';

export interface ReportViewProps {
  readonly kind: ReportKind;
  readonly params: ReportParams;
  readonly names: ReportNames;
  readonly onChange: (params: ReportParams) => void;
}

/** A local date of an instant in `zone`, `YYYY-MM-DD`. */
function localDate(instant: number, zone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    instant,
  );
}

/** The local dates a day report covers (its first bucket to the day before its end). */
function coveredDates(report: ReportBody): DateRange {
  return {
    from: localDate(Date.parse(report.from), report.timeZone),
    to: localDate(Date.parse(report.to) - 1, report.timeZone),
  };
}

export function ReportView({ kind, params, names, onChange }: ReportViewProps): ReactNode {
  const { t } = useTranslation('reports');
  const { report, loading, error, reload } = useReport(kind, params);
  // Before a range is chosen the API's default is shown; a day report's bounds are exactly its dates.
  const shownRange = useMemo(
    () => params.range ?? (report !== null && report.granularity === 'day' ? coveredDates(report) : undefined),
    [params.range, report],
  );
  const failure = error === null ? null : describeReportFailure(t, error);

  return (
    <Flex vertical gap={16} data-testid={`report-${kind}`}>
      <Flex justify="space-between" align="flex-end" wrap gap={16}>
        <ReportFiltersBar kind={kind} params={params} shownRange={shownRange} names={names} onChange={onChange} />
        <Flex gap={8}>
          <Button data-testid="report-refresh" icon={<ReloadOutlined />} onClick={reload}>
            {t('refresh')}
          </Button>
          <CsvDownloadButton kind={kind} params={params} range={shownRange} />
        </Flex>
      </Flex>
      {report !== null && (
        <Typography.Text type="secondary" data-testid="report-time-zone">
          {t('timeZone', { zone: report.timeZone })}
        </Typography.Text>
      )}
      {failure !== null && (
        <Alert
          type="error"
          showIcon
          data-testid="report-error"
          title={<span data-testid="report-error-title">{failure.title}</span>}
          description={failure.detail}
        />
      )}
      <Spin spinning={loading}>
        {report !== null && (
          <Flex vertical gap={16}>
            <Row gutter={16}>
              <Col xs={24} xl={14}>
                <Card size="small" title={t('trendTitle')}>
                  <TrendChart report={report} />
                </Card>
              </Col>
              <Col xs={24} xl={10}>
                <Card
                  size="small"
                  title={
                    report.groupBy === null
                      ? t('dimension')
                      : t('breakdownTitle', { dimension: t(`dimension_${report.groupBy}`) })
                  }
                >
                  <BreakdownChart report={report} nameOf={names.nameOf} />
                </Card>
              </Col>
            </Row>
            <ReportTable report={report} nameOf={names.nameOf} />
          </Flex>
        )}
      </Spin>
    </Flex>
  );
}
