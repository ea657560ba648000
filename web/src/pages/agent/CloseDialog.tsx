/** Closing a conversation with its resolution (resolved / unresolved) and an optional summary. */
import { Form, Input, Modal, Radio } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Realtime } from '../../api/realtime.js';

export interface CloseDialogProps {
  readonly open: boolean;
  readonly realtime: Realtime | null;
  readonly conversationId: string;
  readonly onClose: () => void;
  readonly onError: (error: unknown) => void;
}

export function CloseDialog({ open, realtime, conversationId, onClose, onError }: CloseDialogProps): ReactNode {
  const { t } = useTranslation('agent');
  const [resolution, setResolution] = useState<'resolved' | 'unresolved'>('resolved');
  const [summary, setSummary] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = (): void => {
    if (realtime === null) return;
    setBusy(true);
    realtime
      .request('conversation.close', {
        conversationId,
        resolution,
        ...(summary.trim() === '' ? {} : { summary: summary.trim() }),
      })
      .then(() => {
        setSummary('');
        onClose();
      }, onError)
      .finally(() => {
        setBusy(false);
      });
  };
  return (
    <Modal
      open={open}
      title={t('closeTitle')}
      okText={t('closeConfirm')}
      cancelText={t('cancel', { ns: 'common' })}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'close-submit' }}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form layout="vertical" data-testid="close-dialog">
        <Form.Item label={t('resolution')}>
          <Radio.Group
            data-testid="close-resolution"
            value={resolution}
            onChange={(event) => {
              setResolution(event.target.value as 'resolved' | 'unresolved');
            }}
            options={[
              { value: 'resolved', label: t('resolved') },
              { value: 'unresolved', label: t('unresolved') },
            ]}
          />
        </Form.Item>
        <Form.Item label={t('summary')}>
          <Input.TextArea
            data-testid="close-summary"
            value={summary}
            maxLength={2000}
            autoSize={{ minRows: 3 }}
            onChange={(event) => {
              setSummary(event.target.value);
            }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
