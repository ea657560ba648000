/**
 * The tenant's settings and the one way the console changes them: PATCH /tenant with only the
 * settings given (`transfer` merged one level deep by the server).
 */
import { useCallback, useState } from 'react';
import { api } from '../../api/http.js';
import type { TenantSettings, TenantView, TransferSettings } from './types.js';
import { useFeedback } from './useFeedback.js';
import { useResource } from './useResource.js';

export type SettingsPatch = Partial<Omit<TenantSettings, 'transfer'>> & {
  readonly transfer?: Partial<TransferSettings>;
};

export interface TenantEditor {
  readonly tenant: TenantView | undefined;
  readonly loading: boolean;
  readonly busy: boolean;
  /** Resolves true when saved; on failure the error is shown and the caller keeps its form. */
  readonly patch: (settings: SettingsPatch) => Promise<boolean>;
}

export function useTenant(): TenantEditor {
  const feedback = useFeedback();
  const tenant = useResource<TenantView>('/tenant');
  const [busy, setBusy] = useState(false);
  const { reload } = tenant;
  const patch = useCallback(
    async (settings: SettingsPatch): Promise<boolean> => {
      setBusy(true);
      try {
        await api('/tenant', { method: 'PATCH', body: settings });
        feedback.saved();
        reload();
        return true;
      } catch (error) {
        feedback.failed(error);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [feedback, reload],
  );
  return { tenant: tenant.data, loading: tenant.loading, busy, patch };
}
