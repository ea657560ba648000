/**
 * The admin console (DESIGN.md §6): one nested route per area under /admin/*, reached from a side
 * menu. Every change goes through the HTTP API, so it is an event in the tenant's log and shows in
 * the audit log.
 */
import { Layout, Menu } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { AgentsSection } from './AgentsSection.js';
import { ApiKeysSection } from './ApiKeysSection.js';
import { AuditLogSection } from './AuditLogSection.js';
import { BusinessHoursSection } from './BusinessHoursSection.js';
import { DepartmentsSection } from './DepartmentsSection.js';
import { QuickRepliesSection } from './QuickRepliesSection.js';
import { RoutingRulesSection } from './RoutingRulesSection.js';
import { SettingsSection } from './SettingsSection.js';
import { SkillGroupsSection } from './SkillGroupsSection.js';
import { TransfersSection } from './TransfersSection.js';
import { WebhooksSection } from './WebhooksSection.js';

const sections: readonly { readonly path: string; readonly element: ReactNode }[] = [
  { path: 'agents', element: <AgentsSection /> },
  { path: 'departments', element: <DepartmentsSection /> },
  { path: 'groups', element: <SkillGroupsSection /> },
  { path: 'rules', element: <RoutingRulesSection /> },
  { path: 'hours', element: <BusinessHoursSection /> },
  { path: 'transfers', element: <TransfersSection /> },
  { path: 'settings', element: <SettingsSection /> },
  { path: 'quick-replies', element: <QuickRepliesSection /> },
  { path: 'api-keys', element: <ApiKeysSection /> },
  { path: 'webhooks', element: <WebhooksSection /> },
  { path: 'audit', element: <AuditLogSection /> },
];

export default function AdminConsole(): ReactNode {
  const { t } = useTranslation('admin');
  const navigate = useNavigate();
  const location = useLocation();
  const current = location.pathname.split('/')[2] ?? 'agents';
  return (
    <Layout style={{ background: 'transparent' }} data-testid="admin-console">
      <Layout.Sider width={200} theme="light" style={{ marginRight: 16 }}>
        <Menu
          mode="inline"
          selectedKeys={[current]}
          items={sections.map(({ path }) => ({
            key: path,
            label: <span data-testid={`admin-menu-${path}`}>{t(`menu_${path}`)}</span>,
          }))}
          onClick={({ key }) => {
            void navigate(`/admin/${key}`);
          }}
        />
      </Layout.Sider>
      <Layout.Content style={{ minWidth: 0 }}>
        <Routes>
          {/* /admin itself shows the first area and keeps its address (the home page of admins). */}
          <Route index element={<AgentsSection />} />
          {sections.map(({ path, element }) => (
            <Route key={path} path={path} element={element} />
          ))}
          <Route path="*" element={<Navigate to="/admin" replace />} />
        </Routes>
      </Layout.Content>
    </Layout>
  );
}
