/**
 * Transfer rules (docs/transfers.md): on a keyword in a customer's mid-conversation message and/or
 * a minimum VIP level, suggest a transfer to the owner or request it, to a group or an agent, with a
 * note. First match wins; each rule fires once per conversation. The whole list is saved with
 * PATCH /tenant, targets named (not by id) in the list.
 */
import {
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  type SelectProps,
} from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from './FormModal.js';
import { idRules } from './idRules.js';
import { rowTestId } from './rowTestId.js';
import type { AgentView, Items, SkillGroupView, TransferRule } from './types.js';
import { useResource } from './useResource.js';
import type { TenantEditor } from './useTenant.js';

interface RuleValues {
  readonly id: string;
  readonly name: string;
  readonly enabled: boolean;
  readonly keywordsAny?: string[];
  readonly keywordsAll?: string[];
  readonly vipLevelAtLeast?: number | null;
  readonly action: TransferRule['action'];
  readonly targetKind: 'group' | 'agent';
  readonly targetId: string;
  readonly note: string;
}

function valuesOf(rule: TransferRule | null): Partial<RuleValues> {
  if (rule === null) return { enabled: true, action: 'suggest', targetKind: 'group', keywordsAny: [], keywordsAll: [] };
  return {
    id: rule.id,
    name: rule.name,
    enabled: rule.enabled,
    keywordsAny: [...(rule.when.keywords?.any ?? [])],
    keywordsAll: [...(rule.when.keywords?.all ?? [])],
    vipLevelAtLeast: rule.when.vipLevelAtLeast ?? null,
    action: rule.action,
    targetKind: rule.target.kind,
    targetId: rule.target.kind === 'group' ? rule.target.groupId : rule.target.agentId,
    note: rule.note,
  };
}

function ruleOf(values: RuleValues): TransferRule {
  const any = values.keywordsAny ?? [];
  const all = values.keywordsAll ?? [];
  const keywords = { ...(any.length > 0 ? { any } : {}), ...(all.length > 0 ? { all } : {}) };
  return {
    id: values.id,
    name: values.name.trim(),
    enabled: values.enabled,
    when: {
      ...(any.length > 0 || all.length > 0 ? { keywords } : {}),
      ...(values.vipLevelAtLeast == null ? {} : { vipLevelAtLeast: values.vipLevelAtLeast }),
    },
    action: values.action,
    target:
      values.targetKind === 'group'
        ? { kind: 'group', groupId: values.targetId }
        : { kind: 'agent', agentId: values.targetId },
    note: values.note.trim(),
  };
}

/** Keywords as tags (Enter or a comma ends one), with the test id on a wrapper. */
function Tags({ testId, ...props }: SelectProps<string[]> & { readonly testId?: string }): ReactNode {
  return (
    <div data-testid={testId}>
      <Select<string[]> {...props} mode="tags" tokenSeparators={[',', '，']} />
    </div>
  );
}

function RuleModal({
  rule,
  takenIds,
  groups,
  agents,
  busy,
  onSave,
  onCancel,
}: {
  readonly rule: TransferRule | null;
  readonly takenIds: ReadonlySet<string>;
  readonly groups: readonly SkillGroupView[];
  readonly agents: readonly AgentView[];
  readonly busy: boolean;
  readonly onSave: (rule: TransferRule) => void;
  readonly onCancel: () => void;
}): ReactNode {
  const { t } = useTranslation('admin');
  const [form] = Form.useForm<RuleValues>();
  const targetKind =
    (Form.useWatch('targetKind', form) as RuleValues['targetKind'] | undefined) ?? rule?.target.kind ?? 'group';
  const targets =
    targetKind === 'group'
      ? groups.map((group) => ({ value: group.groupId, label: group.name }))
      : agents.map((agent) => ({ value: agent.agentId, label: `${agent.name} (${agent.agentId})` }));
  return (
    <FormModal<RuleValues>
      width={720}
      title={rule === null ? t('transferRuleNew') : t('transferRuleEdit', { name: rule.name })}
      busy={busy}
      saveTestId="transfer-rule-save"
      form={form}
      initialValues={valuesOf(rule)}
      onSubmit={(values) => {
        onSave(ruleOf(values));
      }}
      onClose={onCancel}
    >
      <Space align="start" wrap>
        <Form.Item
          name="id"
          label={t('ruleId')}
          rules={[
            ...idRules(t),
            {
              validator: (_, id: string) =>
                takenIds.has(id) ? Promise.reject(new Error(t('ruleIdTaken'))) : Promise.resolve(),
            },
          ]}
        >
          <Input data-testid="transfer-rule-id" disabled={rule !== null} />
        </Form.Item>
        <Form.Item name="name" label={t('name')} rules={[{ required: true, whitespace: true, max: 200 }]}>
          <Input data-testid="transfer-rule-name" style={{ width: 280 }} />
        </Form.Item>
        <Form.Item name="enabled" label={t('enabled')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Space>
      <Form.Item name="keywordsAny" label={t('keywordsAny')}>
        <Tags testId="transfer-rule-keywords-any" />
      </Form.Item>
      <Form.Item name="keywordsAll" label={t('keywordsAll')}>
        <Tags />
      </Form.Item>
      <Space align="start" wrap>
        <Form.Item
          name="vipLevelAtLeast"
          label={t('transferRuleVip')}
          dependencies={['keywordsAny', 'keywordsAll']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, vip?: number | null) => {
                const words = [
                  ...((getFieldValue('keywordsAny') as string[] | undefined) ?? []),
                  ...((getFieldValue('keywordsAll') as string[] | undefined) ?? []),
                ];
                return vip == null && words.length === 0
                  ? Promise.reject(new Error(t('transferRuleNeedsCondition')))
                  : Promise.resolve();
              },
            }),
          ]}
        >
          <InputNumber min={0} max={100} precision={0} data-testid="transfer-rule-vip" />
        </Form.Item>
        <Form.Item name="action" label={t('transferRuleAction')}>
          <Select
            style={{ width: 220 }}
            data-testid="transfer-rule-action"
            options={(['suggest', 'transfer'] as const).map((action) => ({
              value: action,
              label: t(`transferRuleAction_${action}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="targetKind" label={t('transferRuleTarget')}>
          <Select
            style={{ width: 120 }}
            onChange={() => {
              form.setFieldValue('targetId', undefined);
            }}
            options={[
              { value: 'group', label: t('transferRuleTarget_group') },
              { value: 'agent', label: t('transferRuleTarget_agent') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="targetId"
          label={t('transferRuleTargetName')}
          rules={[{ required: true, message: t('transferRuleTargetRequired') }]}
        >
          <Select style={{ width: 260 }} showSearch={{ optionFilterProp: 'label' }} options={targets} />
        </Form.Item>
      </Space>
      <Form.Item name="note" label={t('transferRuleNote')} rules={[{ required: true, whitespace: true, max: 4000 }]}>
        <Input.TextArea rows={2} data-testid="transfer-rule-note" />
      </Form.Item>
    </FormModal>
  );
}

export function TransferRulesEditor({
  rules,
  editor,
}: {
  readonly rules: readonly TransferRule[];
  readonly editor: TenantEditor;
}): ReactNode {
  const { t } = useTranslation('admin');
  const groups = useResource<Items<SkillGroupView>>('/skill-groups');
  const agents = useResource<Items<AgentView>>('/agents');
  /** Index of the rule being edited, -1 for a new one, null with the form closed. */
  const [editing, setEditing] = useState<number | null>(null);
  const groupName = new Map((groups.data?.items ?? []).map((group) => [group.groupId, group.name]));
  const agentName = new Map((agents.data?.items ?? []).map((agent) => [agent.agentId, agent.name]));
  const save = async (next: readonly TransferRule[]): Promise<boolean> => editor.patch({ transfer: { rules: next } });
  const targetText = (rule: TransferRule): string =>
    rule.target.kind === 'group'
      ? (groupName.get(rule.target.groupId) ?? rule.target.groupId)
      : (agentName.get(rule.target.agentId) ?? rule.target.agentId);

  return (
    <Card
      size="small"
      title={t('transferRules')}
      data-testid="transfer-rules"
      extra={
        <Button
          data-testid="transfer-rule-new"
          onClick={() => {
            setEditing(-1);
          }}
        >
          {t('transferRuleNew')}
        </Button>
      }
    >
      <Table<TransferRule>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={[...rules]}
        onRow={(rule) => rowTestId(`transfer-rule-row-${rule.id}`)}
        columns={[
          { title: t('name'), dataIndex: 'name' },
          {
            title: t('enabled'),
            key: 'enabled',
            render: (_, rule, index) => (
              <Switch
                size="small"
                checked={rule.enabled}
                disabled={editor.busy}
                onChange={(enabled) => {
                  void save(rules.map((other, i) => (i === index ? { ...other, enabled } : other)));
                }}
              />
            ),
          },
          {
            title: t('conditions'),
            key: 'when',
            render: (_, rule) => (
              <Space size={[0, 4]} wrap>
                {(rule.when.keywords?.any ?? []).length > 0 && (
                  <Tag>{t('summaryKeywordsAny', { values: rule.when.keywords?.any?.join(', ') })}</Tag>
                )}
                {(rule.when.keywords?.all ?? []).length > 0 && (
                  <Tag>{t('summaryKeywordsAll', { values: rule.when.keywords?.all?.join(', ') })}</Tag>
                )}
                {rule.when.vipLevelAtLeast !== undefined && (
                  <Tag>{t('transferRuleVipAtLeast', { level: rule.when.vipLevelAtLeast })}</Tag>
                )}
              </Space>
            ),
          },
          {
            title: t('actions'),
            key: 'action',
            render: (_, rule) => (
              <Tag color="blue">
                {t(`transferRuleAction_${rule.action}`)} → {targetText(rule)}
              </Tag>
            ),
          },
          {
            title: '',
            key: 'buttons',
            render: (_, rule, index) => (
              <Space>
                <Button
                  size="small"
                  data-testid={`transfer-rule-edit-${rule.id}`}
                  onClick={() => {
                    setEditing(index);
                  }}
                >
                  {t('edit', { ns: 'common' })}
                </Button>
                <Popconfirm
                  title={t('ruleDeleteConfirm', { name: rule.name })}
                  okButtonProps={{ 'data-testid': 'transfer-rule-delete-confirm' }}
                  onConfirm={() => {
                    void save(rules.filter((_, i) => i !== index));
                  }}
                >
                  <Button size="small" danger data-testid={`transfer-rule-delete-${rule.id}`}>
                    {t('delete', { ns: 'common' })}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      {editing !== null && (
        <RuleModal
          rule={editing < 0 ? null : (rules[editing] ?? null)}
          takenIds={new Set(rules.filter((_, i) => i !== editing).map((rule) => rule.id))}
          groups={groups.data?.items ?? []}
          agents={agents.data?.items ?? []}
          busy={editor.busy}
          onCancel={() => {
            setEditing(null);
          }}
          onSave={(rule) => {
            const next = editing < 0 ? [...rules, rule] : rules.map((other, i) => (i === editing ? rule : other));
            void save(next).then((ok) => {
              if (ok) setEditing(null);
            });
          }}
        />
      )}
    </Card>
  );
}
