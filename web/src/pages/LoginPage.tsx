/** Sign-in for agents, supervisors and admins: tenant, agent id, password. */
import { Alert, Button, Card, Form, Input, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router-dom';
import { api, ApiFailure } from '../api/http.js';
import { homeOf } from '../App.js';
import { useSession, type Role } from '../auth/session.js';
import { LanguageSwitch } from '../components/LanguageSwitch.js';

interface LoginForm {
  readonly tenantId: string;
  readonly agentId: string;
  readonly password: string;
}

export function LoginPage(): ReactNode {
  const { t } = useTranslation();
  const { t: td } = useTranslation('desk');
  const { session, signIn } = useSession();
  const navigate = useNavigate();
  const [failed, setFailed] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (session !== null) return <Navigate to={homeOf[session.role]} replace />;

  const submit = async (form: LoginForm): Promise<void> => {
    setBusy(true);
    setFailed(null);
    try {
      const reply = await api<{ token: string; tenantId: string; subject: string; role: Role }>('/auth/login', {
        body: form,
        token: null,
      });
      signIn({ token: reply.token, tenantId: reply.tenantId, agentId: reply.subject, role: reply.role });
      void navigate(homeOf[reply.role]);
    } catch (error) {
      const code = error instanceof ApiFailure ? error.code : null;
      setFailed(
        code === 'INVALID_CREDENTIALS' ? t('loginFailed') : code === 'LOGIN_LOCKED' ? t('loginLocked') : t('error'),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <div style={{ display: 'grid', placeItems: 'center', minHeight: '100vh', background: '#f0f2f5' }}>
      <Card title={t('appName')} extra={<LanguageSwitch />} style={{ width: 380 }}>
        <Form<LoginForm> layout="vertical" initialValues={{ tenantId: 'demo' }} onFinish={(form) => void submit(form)}>
          <Form.Item
            name="tenantId"
            label={t('tenant')}
            rules={[{ required: true, message: td('requiredField', { field: t('tenant') }) }]}
          >
            <Input data-testid="login-tenant" autoComplete="organization" />
          </Form.Item>
          <Form.Item
            name="agentId"
            label={t('agentId')}
            rules={[{ required: true, message: td('requiredField', { field: t('agentId') }) }]}
          >
            <Input data-testid="login-agent" autoComplete="username" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('password')}
            rules={[{ required: true, message: td('requiredField', { field: t('password') }) }]}
          >
            <Input.Password data-testid="login-password" autoComplete="current-password" />
          </Form.Item>
          <Space orientation="vertical" style={{ width: '100%' }}>
            {failed !== null && <Alert type="error" title={failed} showIcon />}
            <Button type="primary" htmlType="submit" loading={busy} block data-testid="login-submit">
              {t('login')}
            </Button>
          </Space>
        </Form>
      </Card>
    </div>
  );
}
