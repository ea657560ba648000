/**
 * What the entry point said about the visitor (issue 17): contact details, the topic chosen in the
 * pre-chat form, the page they are on and the one that led there, their device, and the site's own
 * attributes (`data-attr-*` on the widget's script tag, or an API caller's `attributes`).
 */
import { Descriptions, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { deviceSummary } from '../../components/customerLabel.js';

/** Keys the widget and the API give a meaning to; every other key is the site's own. */
const known = new Set(['customerName', 'topic', 'page', 'referrer', 'device', 'email', 'phone']);

/** A language code as a word ("zh-CN" → 中文 / Chinese); other codes as they are. */
export function useLanguageName(): (code: string | null | undefined) => string {
  const { t } = useTranslation('desk');
  return (code) => {
    if (code === null || code === undefined || code === '') return '—';
    const lower = code.toLowerCase();
    if (lower.startsWith('zh')) return t('language_zh');
    if (lower.startsWith('en')) return t('language_en');
    return code;
  };
}

/** Descriptions items (to sit inside the customer panel's list) for the given attributes. */
export function visitorItems(attributes: Readonly<Record<string, string>>, t: (key: string) => string): ReactNode[] {
  const items: ReactNode[] = [];
  const contact = [attributes.email, attributes.phone].filter((value) => value !== undefined && value !== '');
  if (contact.length > 0)
    items.push(
      <Descriptions.Item key="contact" label={t('contact')}>
        <span data-testid="customer-contact">{contact.join(' · ')}</span>
      </Descriptions.Item>,
    );
  if (attributes.topic !== undefined)
    items.push(
      <Descriptions.Item key="topic" label={t('topic')}>
        <span data-testid="customer-topic">{t(`topic_${attributes.topic}`)}</span>
      </Descriptions.Item>,
    );
  for (const key of ['page', 'referrer'] as const) {
    const url = attributes[key];
    if (url === undefined) continue;
    items.push(
      <Descriptions.Item key={key} label={t(key)}>
        <Typography.Link
          href={/^https?:\/\//.test(url) ? url : undefined}
          target="_blank"
          rel="noreferrer noopener"
          ellipsis
          style={{ maxWidth: 200 }}
          data-testid={`customer-${key}`}
        >
          {url}
        </Typography.Link>
      </Descriptions.Item>,
    );
  }
  if (attributes.device !== undefined) {
    const device = deviceSummary(attributes.device);
    const text = [device.browser, device.system, device.mobile ? t('mobile') : t('desktop')]
      .filter((part) => part !== null)
      .join(' · ');
    items.push(
      <Descriptions.Item key="device" label={t('device')}>
        <Tooltip title={attributes.device}>
          <span data-testid="customer-device">{text}</span>
        </Tooltip>
      </Descriptions.Item>,
    );
  }
  const own = Object.entries(attributes).filter(([key]) => !known.has(key));
  if (own.length > 0)
    items.push(
      <Descriptions.Item key="site" label={t('siteAttributes')}>
        <span data-testid="customer-attributes">{own.map(([key, value]) => `${key}: ${value}`).join(' · ')}</span>
      </Descriptions.Item>,
    );
  return items;
}
