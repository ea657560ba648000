/**
 * Routing rules (DESIGN.md §3.1): the ordered list, first match wins. Reorder with the arrows or by
 * dragging a row, add, edit, enable and delete; every change saves the whole list (PUT), so the
 * order on screen is the order the server applies. A failed save leaves the list as the server has it.
 */
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  EditOutlined,
  HolderOutlined,
  VerticalAlignTopOutlined,
} from '@ant-design/icons';
import { Button, Popconfirm, Space, Switch, Table, Tag, Tooltip } from 'antd';
import { useState, type DragEvent, type HTMLAttributes, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http.js';
import { actionSummary, conditionSummary } from './ruleSummary.js';
import { RuleForm } from './RuleForm.js';
import { Section } from './Section.js';
import type { AgentView, Items, RoutingRule, SkillGroupView } from './types.js';
import { useFeedback } from './useFeedback.js';
import { useResource } from './useResource.js';

/** `rules` with the one at `from` moved to `to`. */
function moved(rules: readonly RoutingRule[], from: number, to: number): RoutingRule[] {
  const next = [...rules];
  const [rule] = next.splice(from, 1);
  if (rule !== undefined) next.splice(to, 0, rule);
  return next;
}

export function RoutingRulesSection(): ReactNode {
  const { t } = useTranslation('admin');
  const feedback = useFeedback();
  const saved = useResource<{ rules: readonly RoutingRule[] }>('/routing-rules');
  const groups = useResource<Items<SkillGroupView>>('/skill-groups');
  const agents = useResource<Items<AgentView>>('/agents');
  const [busy, setBusy] = useState(false);
  /** The rule being edited (its index), a new rule (-1), or none. */
  const [editing, setEditing] = useState<number | null>(null);
  const [dragged, setDragged] = useState<number | null>(null);
  const rules = saved.data?.rules ?? [];
  const names = {
    groups: new Map((groups.data?.items ?? []).map((group) => [group.groupId, group.name])),
    agents: new Map((agents.data?.items ?? []).map((agent) => [agent.agentId, agent.name])),
  };

  const save = async (next: readonly RoutingRule[]): Promise<boolean> => {
    setBusy(true);
    try {
      await api('/routing-rules', { method: 'PUT', body: { rules: next } });
      feedback.saved();
      saved.reload();
      return true;
    } catch (error) {
      feedback.failed(error);
      saved.reload();
      return false;
    } finally {
      setBusy(false);
    }
  };

  const move = (from: number, to: number): void => {
    if (from === to || to < 0 || to >= rules.length) return;
    void save(moved(rules, from, to));
  };

  const editedRule = editing === null || editing < 0 ? null : (rules[editing] ?? null);

  return (
    <Section
      testId="admin-rules"
      title={t('menu_rules')}
      actions={
        <Button
          type="primary"
          data-testid="rule-new"
          onClick={() => {
            setEditing(-1);
          }}
        >
          {t('ruleNew')}
        </Button>
      }
    >
      <Table<RoutingRule>
        rowKey="id"
        size="small"
        loading={saved.loading || busy}
        dataSource={[...rules]}
        pagination={false}
        onRow={(rule, index = 0) =>
          ({
            'data-testid': `rule-row-${rule.id}`,
            draggable: true,
            onDragStart: () => {
              setDragged(index);
            },
            onDragOver: (event: DragEvent) => {
              event.preventDefault();
            },
            onDrop: () => {
              if (dragged !== null) move(dragged, index);
              setDragged(null);
            },
          }) as HTMLAttributes<HTMLElement>
        }
        columns={[
          {
            title: '#',
            key: 'order',
            width: 56,
            render: (_, rule, index) => (
              <Space size={4} data-testid={`rule-order-${rule.id}`}>
                <HolderOutlined style={{ cursor: 'grab' }} />
                {index + 1}
              </Space>
            ),
          },
          { title: t('name'), dataIndex: 'name' },
          {
            title: t('enabled'),
            key: 'enabled',
            render: (_, rule, index) => (
              <Switch
                size="small"
                checked={rule.enabled}
                disabled={busy}
                onChange={(enabled) => {
                  void save(rules.map((other, i) => (i === index ? { ...other, enabled } : other)));
                }}
              />
            ),
          },
          {
            title: t('conditions'),
            key: 'conditions',
            render: (_, rule) => (
              <Space size={[0, 4]} wrap>
                {conditionSummary(t, rule).map((part) => (
                  <Tag key={part}>{part}</Tag>
                ))}
              </Space>
            ),
          },
          {
            title: t('actions'),
            key: 'actions',
            render: (_, rule) => (
              <Space size={[0, 4]} wrap>
                {actionSummary(t, rule, names).map((part) => (
                  <Tag color="blue" key={part}>
                    {part}
                  </Tag>
                ))}
              </Space>
            ),
          },
          {
            title: '',
            key: 'buttons',
            width: 220,
            render: (_, rule, index) => (
              <Space size={4}>
                <Tooltip title={t('moveTop')}>
                  <Button
                    size="small"
                    icon={<VerticalAlignTopOutlined />}
                    aria-label={t('moveTop')}
                    disabled={busy || index === 0}
                    data-testid={`rule-top-${rule.id}`}
                    onClick={() => {
                      move(index, 0);
                    }}
                  />
                </Tooltip>
                <Tooltip title={t('moveUp')}>
                  <Button
                    size="small"
                    icon={<ArrowUpOutlined />}
                    aria-label={t('moveUp')}
                    disabled={busy || index === 0}
                    data-testid={`rule-up-${rule.id}`}
                    onClick={() => {
                      move(index, index - 1);
                    }}
                  />
                </Tooltip>
                <Tooltip title={t('moveDown')}>
                  <Button
                    size="small"
                    icon={<ArrowDownOutlined />}
                    aria-label={t('moveDown')}
                    disabled={busy || index === rules.length - 1}
                    data-testid={`rule-down-${rule.id}`}
                    onClick={() => {
                      move(index, index + 1);
                    }}
                  />
                </Tooltip>
                <Tooltip title={t('edit', { ns: 'common' })}>
                  <Button
                    size="small"
                    icon={<EditOutlined />}
                    aria-label={t('edit', { ns: 'common' })}
                    data-testid={`rule-edit-${rule.id}`}
                    onClick={() => {
                      setEditing(index);
                    }}
                  />
                </Tooltip>
                <Popconfirm
                  title={t('ruleDeleteConfirm', { name: rule.name })}
                  okButtonProps={{ 'data-testid': 'rule-delete-confirm' }}
                  onConfirm={() => {
                    void save(rules.filter((_, i) => i !== index));
                  }}
                >
                  <Button
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('delete', { ns: 'common' })}
                    data-testid={`rule-delete-${rule.id}`}
                  />
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      {editing !== null && (
        <RuleForm
          rule={editedRule}
          groups={groups.data?.items ?? []}
          agents={agents.data?.items ?? []}
          takenIds={new Set(rules.filter((_, i) => i !== editing).map((rule) => rule.id))}
          busy={busy}
          onCancel={() => {
            setEditing(null);
          }}
          onSave={async (rule) => {
            const next = editing < 0 ? [...rules, rule] : rules.map((other, i) => (i === editing ? rule : other));
            const ok = await save(next);
            if (ok) setEditing(null);
            return ok;
          }}
        />
      )}
    </Section>
  );
}
