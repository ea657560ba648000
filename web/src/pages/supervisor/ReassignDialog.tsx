/**
 * Reassign a conversation to an agent or a skill group (`POST /conversations/:id/reassign`): as a
 * transfer the target accepts or rejects, or at once.
 */
import { App, Form, Input, Modal, Radio, Select, Switch } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http.js';
import { failureText } from './notify.js';
import type { AgentFigures, ConversationRow, SkillGroup } from './wallboard-types.js';

export interface ReassignDialogProps {
  readonly conversation: ConversationRow;
  readonly agents: readonly AgentFigures[];
  readonly groups: readonly SkillGroup[];
  readonly onClose: (changed: boolean) => void;
}

interface Values {
  readonly kind: 'agent' | 'group';
  readonly targetId?: string;
  readonly requireAccept: boolean;
  readonly note?: string;
}

export function ReassignDialog({ conversation, agents, groups, onClose }: ReassignDialogProps): ReactNode {
  const { t } = useTranslation('supervisor');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const kind = (Form.useWatch('kind', form) as Values['kind'] | undefined) ?? 'agent';
  const [busy, setBusy] = useState(false);
  const short = conversation.conversationId.slice(0, 8);

  const submit = (values: Values): void => {
    if (values.targetId === undefined) return;
    const target =
      values.kind === 'agent'
        ? { kind: 'agent', agentId: values.targetId }
        : { kind: 'group', groupId: values.targetId };
    setBusy(true);
    api(`/conversations/${encodeURIComponent(conversation.conversationId)}/reassign`, {
      body: {
        target,
        requireAccept: values.requireAccept,
        ...(values.note === undefined || values.note === '' ? {} : { note: values.note }),
      },
    }).then(
      () => {
        void message.success(t('reassigned', { conversation: short }));
        onClose(true);
      },
      (failure: unknown) => {
        setBusy(false);
        void message.error(failureText(failure));
      },
    );
  };

  return (
    <Modal
      open
      title={t('reassignTitle', { conversation: short })}
      confirmLoading={busy}
      onOk={() => {
        form.submit();
      }}
      onCancel={() => {
        onClose(false);
      }}
      okButtonProps={{ 'data-testid': 'reassign-submit' }}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'agent', requireAccept: true }}
        onFinish={submit}
      >
        <Form.Item name="kind" label={t('targetKind')}>
          <Radio.Group
            data-testid="reassign-kind"
            onChange={() => {
              form.setFieldValue('targetId', undefined);
            }}
            options={[
              { value: 'agent', label: t('toAgent') },
              { value: 'group', label: t('toGroup') },
            ]}
          />
        </Form.Item>
        <Form.Item name="targetId" label={t('target')} rules={[{ required: true }]}>
          <Select<string>
            data-testid="reassign-target"
            showSearch={{ optionFilterProp: 'title' }}
            options={
              kind === 'agent'
                ? agents
                    .filter((agent) => agent.agentId !== conversation.ownerId)
                    .map((agent) => ({
                      value: agent.agentId,
                      title: agent.name,
                      label: <span data-testid={`reassign-option-${agent.agentId}`}>{agent.name}</span>,
                    }))
                : groups.map((group) => ({
                    value: group.groupId,
                    title: group.name,
                    label: <span data-testid={`reassign-option-${group.groupId}`}>{group.name}</span>,
                  }))
            }
          />
        </Form.Item>
        <Form.Item name="requireAccept" label={t('requireAccept')} valuePropName="checked">
          <Switch data-testid="reassign-require-accept" />
        </Form.Item>
        <Form.Item name="note" label={t('note')}>
          <Input.TextArea data-testid="reassign-note" rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
