import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export default function WhatIfPage(): ReactNode {
  const { t } = useTranslation('whatIf');
  return <Typography.Title level={3}>{t('title')}</Typography.Title>;
}
