/**
 * What the tenant's back-end keeps on the customer's profile (issue 18, docs/http-api.md "Customer
 * profiles"): their contact — phone and e-mail — and custom attributes (`tier: gold`), shown in the
 * customer panel beside what the entry point said about this visit (VisitorDetails.tsx).
 */
import { Descriptions } from 'antd';
import type { ReactNode } from 'react';
import type { CustomerProfile } from './types.js';

/** Descriptions items (inside the customer panel's list) for the profile's contact and attributes. */
export function profileItems(profile: CustomerProfile | null, t: (key: string) => string): ReactNode[] {
  if (profile === null) return [];
  const items: ReactNode[] = [];
  const contact = [profile.contact?.phone, profile.contact?.email].filter(
    (value): value is string => typeof value === 'string' && value !== '',
  );
  if (contact.length > 0)
    items.push(
      <Descriptions.Item key="profile-contact" label={t('profileContact')}>
        <span data-testid="profile-contact">{contact.join(' · ')}</span>
      </Descriptions.Item>,
    );
  const attributes = Object.entries(profile.attributes ?? {});
  if (attributes.length > 0)
    items.push(
      <Descriptions.Item key="profile-attributes" label={t('profileAttributes')}>
        <span data-testid="profile-attributes">{attributes.map(([key, value]) => `${key}: ${value}`).join(' · ')}</span>
      </Descriptions.Item>,
    );
  return items;
}
