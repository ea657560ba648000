/**
 * The members of one skill group with their ability (1–10) and tier: add an agent or change their
 * ability and tier (PUT …/members/:agentId), remove one (DELETE). Each change saves that agent.
 */
import { Button, Drawer, Form, InputNumber, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http.js';
import { rowTestId } from './rowTestId.js';
import { tiers, type AgentView, type Items, type MemberView, type SkillGroupView, type Tier } from './types.js';
import { useFeedback } from './useFeedback.js';
import { useResource } from './useResource.js';

interface MemberFormValues {
  readonly agentId: string;
  readonly ability: number;
  readonly tier: Tier;
}

export function GroupMembers({
  group,
  agents,
  onClose,
}: {
  readonly group: SkillGroupView;
  readonly agents: readonly AgentView[];
  readonly onClose: (changed: boolean) => void;
}): ReactNode {
  const { t } = useTranslation('admin');
  const feedback = useFeedback();
  const path = `/skill-groups/${encodeURIComponent(group.groupId)}/members`;
  const members = useResource<Items<MemberView>>(path);
  const [form] = Form.useForm<MemberFormValues>();
  const [busy, setBusy] = useState(false);
  const [changed, setChanged] = useState(false);

  const change = async (request: () => Promise<unknown>, done?: () => void): Promise<void> => {
    setBusy(true);
    try {
      await request();
      feedback.saved();
      setChanged(true);
      members.reload();
      done?.();
    } catch (error) {
      feedback.failed(error);
    } finally {
      setBusy(false);
    }
  };

  const save = (values: MemberFormValues): Promise<void> =>
    change(
      () =>
        api(`${path}/${encodeURIComponent(values.agentId)}`, {
          method: 'PUT',
          body: { ability: values.ability, tier: values.tier },
        }),
      () => {
        form.resetFields();
      },
    );

  return (
    <Drawer
      open
      size={720}
      title={t('membersOf', { name: group.name })}
      onClose={() => {
        onClose(changed);
      }}
      data-testid="group-members-drawer"
    >
      <Form<MemberFormValues>
        form={form}
        layout="inline"
        initialValues={{ ability: 5, tier: 'primary' }}
        onFinish={(values) => void save(values)}
        style={{ marginBottom: 16 }}
      >
        <Form.Item name="agentId" rules={[{ required: true, message: t('memberAgentRequired') }]}>
          <Select
            data-testid="member-agent"
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('memberAgent')}
            style={{ width: 240 }}
            options={agents.map((agent) => ({ value: agent.agentId, label: `${agent.name} (${agent.agentId})` }))}
          />
        </Form.Item>
        <Form.Item name="ability" label={t('ability')} rules={[{ required: true }]}>
          <InputNumber data-testid="member-ability" min={1} max={10} precision={0} />
        </Form.Item>
        <Form.Item name="tier" label={t('tier')}>
          <Select
            data-testid="member-tier"
            style={{ width: 120 }}
            options={tiers.map((tier) => ({ value: tier, label: t(`tier_${tier}`) }))}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="member-save">
          {t('memberSave')}
        </Button>
      </Form>
      <Table<MemberView>
        rowKey="agentId"
        size="small"
        loading={members.loading}
        dataSource={[...(members.data?.items ?? [])]}
        pagination={false}
        onRow={(member) => rowTestId(`member-row-${member.agentId}`)}
        columns={[
          { title: t('agentId'), dataIndex: 'agentId' },
          { title: t('name'), dataIndex: 'name' },
          { title: t('ability'), dataIndex: 'ability' },
          { title: t('tier'), dataIndex: 'tier', render: (tier: string) => t(`tier_${tier}`) },
          {
            title: t('status'),
            key: 'status',
            render: (_, member) => (
              <Tag color={member.online ? 'green' : 'default'}>
                {t(`status_${member.status}`, { ns: 'common' })} · {member.load}/{member.maxConcurrent}
              </Tag>
            ),
          },
          {
            title: '',
            key: 'actions',
            render: (_, member) => (
              <Space>
                <Button
                  size="small"
                  onClick={() => {
                    form.setFieldsValue({ agentId: member.agentId, ability: member.ability, tier: member.tier });
                  }}
                >
                  {t('edit', { ns: 'common' })}
                </Button>
                <Popconfirm
                  title={t('memberRemoveConfirm', { name: member.name })}
                  okButtonProps={{ 'data-testid': 'member-remove-confirm' }}
                  onConfirm={() => {
                    void change(() => api(`${path}/${encodeURIComponent(member.agentId)}`, { method: 'DELETE' }));
                  }}
                >
                  <Button size="small" danger data-testid={`member-remove-${member.agentId}`}>
                    {t('memberRemove')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
    </Drawer>
  );
}
