/**
 * The web app's shell: antd in the chosen language, the session, and one route per area. Each area
 * is loaded on demand, so an agent's browser never downloads the admin console or the charts.
 */
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { SessionProvider, useSession, type Role } from './auth/session.js';
import { AppLayout } from './components/AppLayout.js';
import { LoginPage } from './pages/LoginPage.js';

const AgentWorkspace = lazy(() => import('./pages/agent/AgentWorkspace.js'));
const Wallboard = lazy(() => import('./pages/supervisor/Wallboard.js'));
const AdminConsole = lazy(() => import('./pages/admin/AdminConsole.js'));
const ReportsPage = lazy(() => import('./pages/reports/ReportsPage.js'));
const CustomerSimulation = lazy(() => import('./pages/simulate/CustomerSimulation.js'));
const WhatIfPage = lazy(() => import('./pages/what-if/WhatIfPage.js'));
const HistorySearch = lazy(() => import('./pages/search/HistorySearch.js'));

/** The page each role lands on after signing in. */
export const homeOf: Record<Role, string> = { agent: '/agent', supervisor: '/supervisor', admin: '/admin' };

function Guard({ roles, children }: { readonly roles: readonly Role[]; readonly children: ReactNode }): ReactNode {
  const { session } = useSession();
  if (session === null) return <Navigate to="/login" replace />;
  if (!roles.includes(session.role)) return <Navigate to={homeOf[session.role]} replace />;
  return children;
}

const staff: readonly Role[] = ['agent', 'supervisor', 'admin'];
const managers: readonly Role[] = ['supervisor', 'admin'];
const admins: readonly Role[] = ['admin'];

function AppRoutes(): ReactNode {
  const { session } = useSession();
  const { t } = useTranslation();
  const page = (roles: readonly Role[], element: ReactNode): ReactNode => (
    <Guard roles={roles}>
      <AppLayout>
        <Suspense fallback={t('loading')}>{element}</Suspense>
      </AppLayout>
    </Guard>
  );
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/agent" element={page(staff, <AgentWorkspace />)} />
      <Route path="/supervisor" element={page(managers, <Wallboard />)} />
      <Route path="/search" element={page(staff, <HistorySearch />)} />
      <Route path="/admin/*" element={page(admins, <AdminConsole />)} />
      <Route path="/reports" element={page(managers, <ReportsPage />)} />
      <Route path="/simulate" element={page(admins, <CustomerSimulation />)} />
      <Route path="/what-if" element={page(admins, <WhatIfPage />)} />
      <Route path="*" element={<Navigate to={session === null ? '/login' : homeOf[session.role]} replace />} />
    </Routes>
  );
}

export function App(): ReactNode {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider
      locale={i18n.language === 'en' ? enUS : zhCN}
      button={{ autoInsertSpace: false }}
      theme={{ token: { colorPrimary: '#1f6feb' } }}
    >
      <AntApp>
        <SessionProvider>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  );
}
