import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';

/** The API's id shape (`^[A-Za-z0-9_.:@-]+$`, 1–128), checked before sending. */
export function idRules(t: TFunction<'admin'>): FormRule[] {
  return [
    { required: true, message: t('idRequired') },
    { pattern: /^[A-Za-z0-9_.:@-]{1,128}$/, message: t('idPattern') },
  ];
}
