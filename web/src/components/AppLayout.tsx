/** The frame around every signed-in page: the menu for the caller's role, the language, sign-out. */
import { Button, Grid, Layout, Menu, Space, Tag, Typography } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { useSession, type Role } from '../auth/session.js';
import { LanguageSwitch } from './LanguageSwitch.js';

const menu: readonly { readonly path: string; readonly label: string; readonly roles: readonly Role[] }[] = [
  { path: '/agent', label: 'workspace', roles: ['agent', 'supervisor', 'admin'] },
  { path: '/supervisor', label: 'wallboard', roles: ['supervisor', 'admin'] },
  { path: '/search', label: 'history', roles: ['agent', 'supervisor', 'admin'] },
  { path: '/reports', label: 'reports', roles: ['supervisor', 'admin'] },
  { path: '/admin', label: 'admin', roles: ['admin'] },
  { path: '/simulate', label: 'simulate', roles: ['admin'] },
  { path: '/what-if', label: 'whatIf', roles: ['admin'] },
];

function ConnectionTag(): ReactNode {
  const { t } = useTranslation();
  const { realtime } = useSession();
  const [connected, setConnected] = useState(realtime?.socket.connected ?? false);
  useEffect(() => {
    if (realtime === null) return undefined;
    const up = (): void => {
      setConnected(true);
    };
    const down = (): void => {
      setConnected(false);
    };
    setConnected(realtime.socket.connected);
    realtime.socket.on('connect', up);
    realtime.socket.on('disconnect', down);
    return () => {
      realtime.socket.off('connect', up);
      realtime.socket.off('disconnect', down);
    };
  }, [realtime]);
  return (
    <Tag data-testid="connection" color={connected ? 'green' : 'orange'}>
      {connected ? t('connected') : t('disconnected')}
    </Tag>
  );
}

export function AppLayout({ children }: { readonly children: ReactNode }): ReactNode {
  const { t } = useTranslation();
  const { session, signOut } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const narrow = Grid.useBreakpoint().md === false;
  if (session === null) return null;
  const items = menu
    .filter((item) => item.roles.includes(session.role))
    .map((item) => ({ key: item.path, label: t(item.label) }));
  const selected = items.find((item) => location.pathname.startsWith(item.key))?.key;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 16,
          paddingInline: 16,
          // On a phone the header wraps instead of widening the page (issue 17).
          flexWrap: narrow ? 'wrap' : undefined,
          height: narrow ? 'auto' : undefined,
          lineHeight: narrow ? '48px' : undefined,
        }}
      >
        <Typography.Text strong style={{ color: '#fff', whiteSpace: 'nowrap' }}>
          {t('appName')}
        </Typography.Text>
        <Menu
          theme="dark"
          mode="horizontal"
          style={{ flex: 1, minWidth: 0 }}
          selectedKeys={selected === undefined ? [] : [selected]}
          items={items}
          onClick={({ key }) => {
            void navigate(key);
          }}
        />
        <Space wrap>
          <ConnectionTag />
          <Typography.Text style={{ color: '#fff' }} data-testid="signed-in-as">
            {session.agentId} · {t(`role_${session.role}`)}
          </Typography.Text>
          <LanguageSwitch />
          <Button size="small" onClick={signOut}>
            {t('logout')}
          </Button>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: narrow ? 8 : 16 }}>{children}</Layout.Content>
    </Layout>
  );
}
