/**
 * The agent's own status (available / busy / away, `status.set` on the gateway), their load, and the
 * switches for the alert sound and desktop notifications.
 */
import { Badge, Segmented, Space, Switch, Tooltip, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Realtime } from '../../api/realtime.js';
import {
  desktopSupported,
  playChime,
  requestDesktopPermission,
  saveAlertSettings,
  type AlertSettings,
} from './notifications.js';
import type { AgentStatus, AgentStatusView } from './types.js';

const choices = ['available', 'busy', 'away'] as const;
const colors: Record<AgentStatus, 'success' | 'warning' | 'default' | 'error'> = {
  available: 'success',
  busy: 'warning',
  away: 'default',
  offline: 'error',
};

export interface StatusSwitcherProps {
  readonly realtime: Realtime | null;
  readonly me: AgentStatusView | null;
  readonly alerts: AlertSettings;
  readonly onAlertsChange: (alerts: AlertSettings) => void;
  readonly onError: (error: unknown) => void;
}

export function StatusSwitcher({ realtime, me, alerts, onAlertsChange, onError }: StatusSwitcherProps): ReactNode {
  const { t } = useTranslation('agent');
  const [saving, setSaving] = useState(false);
  const change = (next: AlertSettings): void => {
    saveAlertSettings(next);
    onAlertsChange(next);
  };
  const setStatus = (status: (typeof choices)[number]): void => {
    if (realtime === null) return;
    setSaving(true);
    realtime
      .request('status.set', { status })
      .catch(onError)
      .finally(() => {
        setSaving(false);
      });
  };
  const status = me?.status ?? 'offline';
  return (
    <Space wrap size="middle">
      <Badge status={colors[status]} text={t(`status_${status}`, { ns: 'common' })} data-testid="my-status" />
      <Segmented<(typeof choices)[number]>
        data-testid="status-switcher"
        disabled={realtime === null || saving || me === null}
        value={status === 'offline' ? 'away' : status}
        options={choices.map((choice) => ({
          value: choice,
          label: <span data-testid={`status-${choice}`}>{t(`status_${choice}`, { ns: 'common' })}</span>,
        }))}
        onChange={setStatus}
      />
      <Typography.Text type="secondary" data-testid="my-load">
        {t('load', { active: me?.active ?? 0, max: me?.maxConcurrent ?? 0, dormant: me?.dormant ?? 0 })}
      </Typography.Text>
      <Tooltip title={t('soundHint')}>
        <Space size={4}>
          <Switch
            size="small"
            data-testid="alert-sound"
            checked={alerts.sound}
            onChange={(sound) => {
              change({ ...alerts, sound });
              if (sound) playChime();
            }}
          />
          <Typography.Text>{t('sound')}</Typography.Text>
        </Space>
      </Tooltip>
      <Tooltip title={desktopSupported() ? t('desktopHint') : t('desktopUnsupported')}>
        <Space size={4}>
          <Switch
            size="small"
            data-testid="alert-desktop"
            disabled={!desktopSupported()}
            checked={alerts.desktop}
            onChange={(desktop) => {
              change({ ...alerts, desktop });
              if (desktop) void requestDesktopPermission();
            }}
          />
          <Typography.Text>{t('desktop')}</Typography.Text>
        </Space>
      </Tooltip>
    </Space>
  );
}
