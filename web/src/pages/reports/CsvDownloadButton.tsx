/**
 * Downloads the report being shown as CSV (the API's `format=csv`, with the session's token, so it
 * cannot be a plain link), its columns titled in the page's language: the bytes, byte-order mark
 * included, are saved through a temporary object-URL link.
 */
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { apiBlob } from '../../api/http.js';
import { csvFileName } from './csvFileName.js';
import { describeReportFailure } from './describeReportFailure.js';
import { queryOf, type DateRange, type ReportKind, type ReportParams } from './reportTypes.js';

export interface CsvDownloadButtonProps {
  readonly kind: ReportKind;
  readonly params: ReportParams;
  /** The dates the report covers, for the file's name. */
  readonly range: DateRange | undefined;
}

/** Saves `body` as `fileName`; returns the object URL, to release once the download has it. */
function save(body: Blob, fileName: string): string {
  const url = URL.createObjectURL(new Blob([body], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  return url;
}

export function CsvDownloadButton({ kind, params, range }: CsvDownloadButtonProps): ReactNode {
  const { t, i18n } = useTranslation('reports');
  const { notification } = App.useApp();
  const [busy, setBusy] = useState(false);
  // The browser reads the Blob after the click returns, so each URL is released at the next
  // download or when the page goes, not at once.
  const lastUrl = useRef<string | null>(null);
  useEffect(
    () => () => {
      if (lastUrl.current !== null) URL.revokeObjectURL(lastUrl.current);
    },
    [],
  );

  const download = (): void => {
    setBusy(true);
    const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
    apiBlob(`/reports/${kind}`, { query: { ...queryOf(kind, params), format: 'csv', lang } }).then(
      (body) => {
        if (lastUrl.current !== null) URL.revokeObjectURL(lastUrl.current);
        lastUrl.current = save(body, csvFileName(kind, params.range ?? range));
        setBusy(false);
      },
      (failure: unknown) => {
        setBusy(false);
        const { title, detail } = describeReportFailure(t, failure);
        notification.error({
          title: <span data-testid="report-csv-error">{t('csvFailed')}</span>,
          description: `${title} ${detail}`,
        });
      },
    );
  };

  return (
    <Button data-testid="report-csv" icon={<DownloadOutlined />} loading={busy} onClick={download}>
      {t('csv')}
    </Button>
  );
}
