import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export default function ReportsPage(): ReactNode {
  const { t } = useTranslation('reports');
  return <Typography.Title level={3}>{t('title')}</Typography.Title>;
}
