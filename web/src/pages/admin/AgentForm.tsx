/**
 * Creating or editing an agent: profile, role, capacity, transfer permissions, the departments and
 * groups a supervisor manages, and a password: required for a new agent (sent with the profile, so
 * a password the policy refuses creates no agent), optional later. Memberships are kept as they
 * are: they are edited in the skill groups area.
 */
import { Col, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http.js';
import { FormModal } from './FormModal.js';
import { idRules } from './idRules.js';
import {
  roles,
  type AgentProfile,
  type AgentView,
  type AutoAccept,
  type Department,
  type SkillGroupView,
} from './types.js';
import { useFeedback } from './useFeedback.js';

interface AgentFormValues {
  readonly agentId: string;
  readonly name: string;
  readonly role: AgentProfile['role'];
  readonly level: number;
  readonly departmentId?: string | null;
  readonly maxConcurrent: number;
  readonly languages: string[];
  readonly greeting?: string;
  readonly mayInitiate: boolean;
  readonly mayReceive: boolean;
  readonly mayEscalate: boolean;
  readonly dailyLimit?: number | null;
  readonly autoAccept: AutoAccept['kind'];
  readonly autoAcceptLoad?: number | null;
  readonly managesDepartments: string[];
  readonly managesGroups: string[];
  readonly password?: string;
}

const autoAcceptKinds: readonly AutoAccept['kind'][] = [
  'never',
  'always',
  'own-department',
  'from-supervisors',
  'below-load',
];

function initialValues(agent: AgentView | null): Partial<AgentFormValues> {
  if (agent === null) {
    return {
      role: 'agent',
      level: 1,
      maxConcurrent: 5,
      languages: ['zh-CN'],
      mayInitiate: true,
      mayReceive: true,
      mayEscalate: false,
      autoAccept: 'never',
      managesDepartments: [],
      managesGroups: [],
    };
  }
  return {
    agentId: agent.agentId,
    name: agent.name,
    role: agent.role,
    level: agent.level,
    departmentId: agent.departmentId,
    maxConcurrent: agent.maxConcurrent,
    languages: [...agent.languages],
    greeting: agent.greeting ?? '',
    mayInitiate: agent.transfer.mayInitiate,
    mayReceive: agent.transfer.mayReceive,
    mayEscalate: agent.transfer.mayEscalate,
    dailyLimit: agent.transfer.dailyLimit,
    autoAccept: agent.transfer.autoAccept.kind,
    autoAcceptLoad: agent.transfer.autoAccept.kind === 'below-load' ? agent.transfer.autoAccept.load : null,
    managesDepartments: [...agent.manages.departmentIds],
    managesGroups: [...agent.manages.groupIds],
  };
}

function profileOf(values: AgentFormValues, agent: AgentView | null): AgentProfile {
  const greeting = values.greeting?.trim() ?? '';
  return {
    name: values.name.trim(),
    role: values.role,
    level: values.level,
    departmentId: values.departmentId ?? null,
    memberships: agent?.memberships ?? [],
    languages: values.languages,
    maxConcurrent: values.maxConcurrent,
    transfer: {
      mayInitiate: values.mayInitiate,
      mayReceive: values.mayReceive,
      mayEscalate: values.mayEscalate,
      dailyLimit: values.dailyLimit ?? null,
      autoAccept:
        values.autoAccept === 'below-load'
          ? { kind: 'below-load', load: values.autoAcceptLoad ?? 1 }
          : { kind: values.autoAccept },
    },
    manages: { departmentIds: values.managesDepartments, groupIds: values.managesGroups },
    greeting: greeting === '' ? null : greeting,
  };
}

export function AgentForm({
  agent,
  departments,
  groups,
  onClose,
}: {
  readonly agent: AgentView | null;
  readonly departments: readonly Department[];
  readonly groups: readonly SkillGroupView[];
  readonly onClose: (changed: boolean) => void;
}): ReactNode {
  const { t } = useTranslation('admin');
  const feedback = useFeedback();
  const [form] = Form.useForm<AgentFormValues>();
  const [busy, setBusy] = useState(false);
  const autoAccept = Form.useWatch('autoAccept', form);

  const submit = async (values: AgentFormValues): Promise<void> => {
    setBusy(true);
    try {
      const id = encodeURIComponent(values.agentId);
      const password = values.password ?? '';
      const body = agent === null ? { ...profileOf(values, agent), password } : profileOf(values, agent);
      await api(`/agents/${id}`, { method: 'PUT', body });
      if (agent !== null && password !== '') {
        await api(`/agents/${id}/password`, { method: 'POST', body: { password: values.password } });
      }
      feedback.saved();
      onClose(true);
    } catch (error) {
      feedback.failed(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormModal<AgentFormValues>
      width={760}
      title={agent === null ? t('agentNew') : t('agentEdit', { id: agent.agentId })}
      busy={busy}
      saveTestId="agent-save"
      form={form}
      initialValues={initialValues(agent)}
      onSubmit={(values) => void submit(values)}
      onClose={() => {
        onClose(false);
      }}
    >
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item name="agentId" label={t('agentId')} rules={idRules(t)}>
            <Input data-testid="agent-id" disabled={agent !== null} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="name" label={t('name')} rules={[{ required: true, whitespace: true, max: 200 }]}>
            <Input data-testid="agent-name" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="role" label={t('role')}>
            <Select
              data-testid="agent-role"
              options={roles.map((role) => ({ value: role, label: t(`role_${role}`) }))}
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="departmentId" label={t('department')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={departments.map((d) => ({ value: d.departmentId, label: d.name }))}
            />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item name="level" label={t('level')} rules={[{ required: true }]}>
            <InputNumber min={-100} max={100} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item name="maxConcurrent" label={t('maxConcurrent')} rules={[{ required: true }]}>
            <InputNumber data-testid="agent-max" min={1} max={100} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="languages" label={t('languages')}>
            <Select mode="tags" tokenSeparators={[',', ' ']} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="mayInitiate" label={t('mayInitiate')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="mayReceive" label={t('mayReceive')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="mayEscalate" label={t('mayEscalate')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="dailyLimit" label={t('dailyLimit')} tooltip={t('dailyLimitHelp')}>
            <InputNumber min={0} max={10_000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="autoAccept" label={t('autoAccept')}>
            <Select options={autoAcceptKinds.map((kind) => ({ value: kind, label: t(`autoAccept_${kind}`) }))} />
          </Form.Item>
        </Col>
        {autoAccept === 'below-load' && (
          <Col span={12}>
            <Form.Item name="autoAcceptLoad" label={t('autoAcceptLoad')} rules={[{ required: true }]}>
              <InputNumber min={1} max={100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        )}
        <Col span={12}>
          <Form.Item name="managesDepartments" label={t('managesDepartments')}>
            <Select mode="multiple" options={departments.map((d) => ({ value: d.departmentId, label: d.name }))} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="managesGroups" label={t('managesGroups')}>
            <Select mode="multiple" options={groups.map((g) => ({ value: g.groupId, label: g.name }))} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="greeting" label={t('greeting')}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="password"
            label={agent === null ? t('password') : t('passwordNew')}
            tooltip={t('passwordPolicy')}
            rules={[
              { required: agent === null, message: t('passwordRequired') },
              { min: 8, max: 256, message: t('passwordLength') },
              {
                validator: (_, value?: string) => {
                  const id = (form.getFieldValue('agentId') as string | undefined) ?? '';
                  const same = value !== undefined && value !== '' && value.toLowerCase() === id.toLowerCase();
                  return same ? Promise.reject(new Error(t('passwordNotId'))) : Promise.resolve();
                },
              },
            ]}
          >
            <Input.Password data-testid="agent-password" autoComplete="new-password" />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
