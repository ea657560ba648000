/**
 * The chat widget's own texts (docs/widget.md): welcome, queue and after-hours messages per widget
 * language, inside the settings form (fields `widgetMessages.<language>.<kind>`). Empty fields
 * mean the built-in wording; `cleanWidgetMessages` drops them before saving.
 */
import { Card, Col, Form, Input, Row, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WidgetMessageKind, WidgetMessages } from './types.js';

const languages = [
  { code: 'zh-CN', label: 'widgetLanguage_zhCN' },
  { code: 'en', label: 'widgetLanguage_en' },
] as const;
const kinds: readonly WidgetMessageKind[] = ['welcome', 'queue', 'afterHours'];
export const MAX_WIDGET_MESSAGE = 500;

/** The texts as the API takes them: blank ones left out, so the built-in wording applies. */
export function cleanWidgetMessages(messages: WidgetMessages | undefined): WidgetMessages {
  const clean: WidgetMessages = {};
  for (const { code } of languages) {
    const texts = Object.fromEntries(
      kinds.map((kind) => [kind, messages?.[code]?.[kind]?.trim() ?? ''] as const).filter(([, text]) => text !== ''),
    );
    if (Object.keys(texts).length > 0) clean[code] = texts;
  }
  return clean;
}

export function WidgetTextsCard(): ReactNode {
  const { t } = useTranslation('admin');
  return (
    <Card size="small" title={t('settingsWidget')} style={{ marginBottom: 16 }} data-testid="settings-widget-texts">
      <Typography.Paragraph type="secondary">{t('settingsWidgetHelp')}</Typography.Paragraph>
      <Row gutter={12}>
        {languages.map(({ code, label }) => (
          <Col key={code} xs={24} md={12}>
            <Typography.Title level={5}>{t(label)}</Typography.Title>
            {kinds.map((kind) => (
              <Form.Item
                key={kind}
                name={['widgetMessages', code, kind]}
                label={t(`widgetMessage_${kind}`)}
                rules={[{ max: MAX_WIDGET_MESSAGE }]}
              >
                <Input.TextArea
                  data-testid={`widget-text-${code}-${kind}`}
                  autoSize={{ minRows: 2, maxRows: 5 }}
                  maxLength={MAX_WIDGET_MESSAGE}
                  showCount
                />
              </Form.Item>
            ))}
          </Col>
        ))}
      </Row>
    </Card>
  );
}
