/**
 * The reports pages (DESIGN.md §7) for supervisors and admins: queues, transfers and agents as tabs,
 * sharing one set of filters (each tab sends only the dimension and filters its report has), with
 * charts, the table and the CSV export. Supervisors see what they manage; the server decides that.
 */
import { Flex, Tabs, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ReportView } from './ReportView.js';
import { reportKinds, type ReportKind, type ReportParams } from './reportTypes.js';
import { useReportNames } from './useReportNames.js';

const initialParams: ReportParams = { range: undefined, granularity: 'day', groupBy: null, filters: {} };

export default function ReportsPage(): ReactNode {
  const { t } = useTranslation('reports');
  const [kind, setKind] = useState<ReportKind>('queues');
  const [params, setParams] = useState<ReportParams>(initialParams);
  const names = useReportNames();

  return (
    <Flex vertical gap={8} data-testid="reports-page">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('title')}
      </Typography.Title>
      <Tabs
        activeKey={kind}
        onChange={(key) => {
          setKind(key as ReportKind);
        }}
        items={reportKinds.map((value) => ({
          key: value,
          label: <span data-testid={`reports-tab-${value}`}>{t(`tab_${value}`)}</span>,
        }))}
      />
      <ReportView key={kind} kind={kind} params={params} names={names} onChange={setParams} />
    </Flex>
  );
}
