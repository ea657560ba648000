import type { TFunction } from 'i18next';
import { ApiFailure } from '../../api/http.js';

/** A failed report request in words: the API code's own text in the current language, and the detail. */
export function describeReportFailure(t: TFunction<'reports'>, error: unknown): { title: string; detail: string } {
  if (error instanceof ApiFailure) {
    const generic = t('errorOther', { code: error.code });
    return { title: t(`error_${error.code}`, { defaultValue: generic }), detail: `${error.code}: ${error.message}` };
  }
  return { title: t('errorNetwork'), detail: error instanceof Error ? error.message : String(error) };
}
