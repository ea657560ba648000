/**
 * The domain's rules on attachments (src/domain/attachment.ts): what one message may carry, and
 * which limits a tenant may set (types only from the closed list Switchboard serves safely).
 */
import { describe, expect, it } from 'vitest';
import {
  attachmentSettingsOf,
  checkAttachmentRefs,
  checkAttachmentSettings,
  defaultAttachmentSettings,
  MAX_ATTACHMENTS_PER_MESSAGE,
  type AttachmentRef,
} from '../../src/domain/attachment.js';

const file = (attachmentId: string, contentType = 'image/png'): AttachmentRef => ({
  attachmentId,
  name: `${attachmentId}.png`,
  contentType,
  size: 10,
  image: true,
  hasThumbnail: true,
});

describe('attachment rules', () => {
  it('accepts up to the per-message maximum of distinct, known files', () => {
    const many = Array.from({ length: MAX_ATTACHMENTS_PER_MESSAGE }, (_, i) => file(`f${i}`));
    expect(checkAttachmentRefs(many)).toBeNull();
    expect(checkAttachmentRefs([...many, file('one-more')])).toMatch(/at most/);
    expect(checkAttachmentRefs([file('a'), file('a')])).toMatch(/twice/);
    expect(checkAttachmentRefs([file('a', 'image/svg+xml')])).toMatch(/not valid/);
    expect(checkAttachmentRefs([file('')])).toMatch(/not valid/);
  });

  it('lets tenants choose limits only within the bounds and the closed list of types', () => {
    expect(checkAttachmentSettings(defaultAttachmentSettings)).toBeNull();
    expect(checkAttachmentSettings({ maxBytes: 0, allowedTypes: [] })).toMatch(/maxBytes/);
    expect(checkAttachmentSettings({ maxBytes: 1.5, allowedTypes: [] })).toMatch(/maxBytes/);
    expect(checkAttachmentSettings({ maxBytes: 1000, allowedTypes: ['text/html'] })).toMatch(/text\/html/);
    expect(defaultAttachmentSettings.allowedTypes).not.toContain('image/svg+xml');
  });

  it('reads settings stored before attachments existed as the defaults', () => {
    expect(attachmentSettingsOf({})).toBe(defaultAttachmentSettings);
    const own = { maxBytes: 5, allowedTypes: ['text/plain'] };
    expect(attachmentSettingsOf({ attachments: own })).toBe(own);
  });
});
