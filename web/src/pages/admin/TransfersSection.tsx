/**
 * Transfers (DESIGN.md §5): note templates with their fields, mid-conversation transfer rules, the failure and cross-department
 * policies with the timeout, and the recommendation weights and limits. Each card saves its own
 * part of the tenant's transfer settings.
 */
import { Space, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from './Section.js';
import { TemplatesEditor } from './TemplatesEditor.js';
import { TransferPolicyForm } from './TransferPolicyForm.js';
import { TransferRulesEditor } from './TransferRulesEditor.js';
import { useTenant } from './useTenant.js';

export function TransfersSection(): ReactNode {
  const { t } = useTranslation('admin');
  const editor = useTenant();
  const transfer = editor.tenant?.settings.transfer;
  return (
    <Section testId="admin-transfers" title={t('menu_transfers')}>
      {transfer === undefined ? (
        <Spin />
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }} size="large">
          <TemplatesEditor templates={transfer.templates} editor={editor} />
          <TransferRulesEditor rules={transfer.rules} editor={editor} />
          {/* Re-read when the saved policy changes, not when a template is saved (unsaved edits stay). */}
          <TransferPolicyForm
            key={JSON.stringify({ ...transfer, templates: [], rules: [] })}
            transfer={transfer}
            editor={editor}
          />
        </Space>
      )}
    </Section>
  );
}
