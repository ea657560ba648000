/**
 * The Remove button of a department or a skill group row: asks for confirmation, then DELETEs it.
 * The server refuses (CONFIG_IN_USE, translated) while anything still uses it and names what does,
 * so the notification tells the admin what to change first; nothing is removed then.
 */
import { Button, Popconfirm } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http.js';
import { useFeedback } from './useFeedback.js';

export function RemoveEntryButton({
  path,
  name,
  testId,
  onRemoved,
}: {
  /** The API path to DELETE, e.g. `/skill-groups/billing`. */
  readonly path: string;
  readonly name: string;
  /** `group-remove-billing`: the confirmation's OK button is `<testId>-confirm`. */
  readonly testId: string;
  readonly onRemoved: () => void;
}): ReactNode {
  const { t } = useTranslation('admin');
  const feedback = useFeedback();
  const [busy, setBusy] = useState(false);

  const remove = async (): Promise<void> => {
    setBusy(true);
    try {
      await api(path, { method: 'DELETE' });
      feedback.saved();
      onRemoved();
    } catch (error) {
      feedback.failed(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Popconfirm
      title={t('removeConfirm', { name })}
      description={t('removeConfirmHelp')}
      okButtonProps={{ danger: true, 'data-testid': `${testId}-confirm` }}
      onConfirm={() => void remove()}
    >
      <Button size="small" danger loading={busy} data-testid={testId}>
        {t('remove')}
      </Button>
    </Popconfirm>
  );
}
