/**
 * How the console reports the outcome of a change: a short "saved" toast, or a notification with
 * the API's error code translated (the code's own text in the current language, the server's detail
 * underneath). Forms stay open with their values on failure, so nothing typed is lost.
 */
import { App } from 'antd';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiFailure } from '../../api/http.js';

export interface Feedback {
  readonly saved: () => void;
  readonly failed: (error: unknown) => void;
}

/** The translated, readable text of a failure: the code's own text, or a generic one naming it. */
export function describeFailure(t: TFunction<'admin'>, error: unknown): { title: string; detail: string } {
  if (error instanceof ApiFailure) {
    const generic = t('errorOther', { code: error.code });
    return { title: t(`error_${error.code}`, { defaultValue: generic }), detail: `${error.code}: ${error.message}` };
  }
  return { title: t('errorNetwork'), detail: error instanceof Error ? error.message : String(error) };
}

export function useFeedback(): Feedback {
  const { message, notification } = App.useApp();
  const { t } = useTranslation('admin');
  return useMemo(
    () => ({
      saved: () => {
        void message.success({ content: <span data-testid="admin-saved">{t('saved')}</span> });
      },
      failed: (error: unknown) => {
        const { title, detail } = describeFailure(t, error);
        notification.error({
          title: <span data-testid="admin-error">{title}</span>,
          description: detail,
          placement: 'topRight',
        });
      },
    }),
    [message, notification, t],
  );
}
