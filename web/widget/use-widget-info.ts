/**
 * What the widget's first screen shows before a conversation exists (docs/widget.md): the
 * tenant's own welcome, queue and after-hours texts in the customer's language, whether an agent
 * is available, and the estimated wait — from `GET /api/v1/widget/info`, fetched again when the
 * language changes and when the chat's connection comes online (a server that had not loaded the
 * tenant yet answers with nothing configured until the customer's session loads it). Until it
 * answers (or if it fails) the built-in texts apply.
 */
import { useEffect, useState } from 'react';
import { api } from '../src/api/http.js';
import type { WidgetConfig, WidgetLanguage } from './widget-config.js';

export interface WidgetInfo {
  readonly texts: {
    readonly welcome: string | null;
    readonly queue: string | null;
    readonly afterHours: string | null;
  };
  /** Null when unknown (no default group, or the tenant is not served here). */
  readonly available: boolean | null;
  readonly estimatedWaitSeconds: number | null;
  /** The tenant's attachment limits, when the server tells them (else its refusal says it). */
  readonly attachments?: { readonly maxBytes: number } | null;
}

export const noInfo: WidgetInfo = {
  texts: { welcome: null, queue: null, afterHours: null },
  available: null,
  estimatedWaitSeconds: null,
};

export function useWidgetInfo(config: WidgetConfig, language: WidgetLanguage, online: boolean): WidgetInfo {
  const [info, setInfo] = useState<WidgetInfo>(noInfo);
  useEffect(() => {
    const abort = new AbortController();
    api<WidgetInfo>('/widget/info', {
      token: null,
      query: { tenantId: config.tenantId, language, source: config.source },
      signal: abort.signal,
    }).then(setInfo, () => {
      // The built-in texts serve; the chat itself does not depend on this.
    });
    return () => {
      abort.abort();
    };
  }, [config.tenantId, config.source, language, online]);
  return info;
}
