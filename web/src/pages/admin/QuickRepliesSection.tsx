/**
 * The tenant's shared quick replies (issue 17): shortcut, title, language and text, with variables
 * such as `{customerName}` filled when an agent inserts one. Saved whole with PATCH /tenant, so each
 * change is an event in the tenant's log and shows in the audit log.
 */
import { Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { QuickReplyEditor } from '../../components/QuickReplyEditor.js';
import { Section } from './Section.js';
import { useTenant } from './useTenant.js';

/** As many as the server keeps per tenant (src/domain/quick-reply.ts). */
const MAX_TENANT_REPLIES = 100;

export function QuickRepliesSection(): ReactNode {
  const { t } = useTranslation('canned');
  const { tenant, patch } = useTenant();
  const replies = tenant?.settings.quickReplies ?? [];
  return (
    <Section title={t('tenantTitle')} testId="quick-replies-section">
      {tenant === undefined ? (
        <Spin />
      ) : (
        <QuickReplyEditor
          replies={replies}
          maxItems={MAX_TENANT_REPLIES}
          testId="tenant-replies"
          onSave={async (next) => {
            if (!(await patch({ quickReplies: next }))) throw new Error('not saved');
          }}
        />
      )}
    </Section>
  );
}
