import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export default function Wallboard(): ReactNode {
  const { t } = useTranslation('supervisor');
  return <Typography.Title level={3}>{t('title')}</Typography.Title>;
}
