import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export default function CustomerSimulation(): ReactNode {
  const { t } = useTranslation('simulate');
  return <Typography.Title level={3}>{t('title')}</Typography.Title>;
}
