import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export default function AgentWorkspace(): ReactNode {
  const { t } = useTranslation('agent');
  return <Typography.Title level={3}>{t('title')}</Typography.Title>;
}
