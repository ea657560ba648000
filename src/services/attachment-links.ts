/**
 * Signed, expiring links to attachments (docs/attachments.md). A link is minted whenever someone
 * allowed to read a conversation reads one of its messages (HTTP timeline, realtime delivery), and
 * works without an Authorization header, so `<img src>` and download links just work:
 *
 *   /api/v1/attachments/<tenantId>/<attachmentId>?variant=original|thumbnail&expires=<unix s>&sig=<hex>
 *
 * `sig` is HMAC-SHA256 over tenant, attachment, variant and expiry with a key derived from the
 * server's token secret (so every node of a cluster verifies every other node's links, and links
 * survive a restart like tokens do). Nothing else is encoded: a link grants exactly one variant of
 * one file until its expiry, and changing any part of it breaks the signature.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AttachmentRef } from '../domain/attachment.js';
import type { Clock } from '../engine/clock.js';

/** How a timeline entry shows one file to someone allowed to read it. */
export interface AttachmentView {
  readonly attachmentId: string;
  readonly name: string;
  readonly contentType: string;
  readonly size: number;
  /** Shown inline (png, jpeg, gif, webp). */
  readonly image: boolean;
  /** The signed link to the file. */
  readonly url: string;
  /** The signed link to its webp preview, or null (not an image). */
  readonly thumbnailUrl: string | null;
  /** When both links stop working (ISO 8601); read the timeline again for fresh ones. */
  readonly expiresAt: string;
}

export type LinkVariant = 'original' | 'thumbnail';

/** An hour: long enough to read a conversation, short enough that a leaked link soon stops working. */
export const DEFAULT_LINK_SECONDS = 3600;

/** What a link names, as it arrived (unchecked). */
export interface LinkClaim {
  readonly tenantId: string;
  readonly attachmentId: string;
  readonly variant: LinkVariant;
  /** Unix seconds. */
  readonly expires: number;
  readonly sig: string;
}

export class AttachmentLinks {
  private readonly key: Buffer;

  constructor(
    tokenSecret: string,
    private readonly clock: Clock,
    /** Lifetime of a minted link, in seconds. */
    readonly lifetimeSeconds: number = DEFAULT_LINK_SECONDS,
  ) {
    // A key of its own: a link signature can never be replayed as anything else the secret signs.
    this.key = createHmac('sha256', tokenSecret).update('switchboard/attachment-links/v1').digest();
  }

  /** The views of `refs` with fresh links (an empty list for a message without files). */
  views(tenantId: string, refs: readonly AttachmentRef[] | undefined): AttachmentView[] {
    if (refs === undefined || refs.length === 0) return [];
    const expires = Math.floor(this.clock.now() / 1000) + this.lifetimeSeconds;
    const expiresAt = new Date(expires * 1000).toISOString();
    return refs.map((ref) => ({
      attachmentId: ref.attachmentId,
      name: ref.name,
      contentType: ref.contentType,
      size: ref.size,
      image: ref.image,
      url: this.link(tenantId, ref.attachmentId, 'original', expires),
      thumbnailUrl: ref.hasThumbnail ? this.link(tenantId, ref.attachmentId, 'thumbnail', expires) : null,
      expiresAt,
    }));
  }

  /** Whether the claim carries our signature and has not expired; seconds it has left, else null. */
  check(claim: LinkClaim): number | null {
    if (!/^[0-9a-f]{64}$/.test(claim.sig)) return null;
    const expected = this.sign(claim.tenantId, claim.attachmentId, claim.variant, claim.expires);
    if (!timingSafeEqual(Buffer.from(claim.sig, 'hex'), expected)) return null;
    const left = claim.expires - Math.floor(this.clock.now() / 1000);
    return left > 0 ? left : null;
  }

  private link(tenantId: string, attachmentId: string, variant: LinkVariant, expires: number): string {
    const sig = this.sign(tenantId, attachmentId, variant, expires).toString('hex');
    const path = `/api/v1/attachments/${encodeURIComponent(tenantId)}/${encodeURIComponent(attachmentId)}`;
    return `${path}?variant=${variant}&expires=${String(expires)}&sig=${sig}`;
  }

  private sign(tenantId: string, attachmentId: string, variant: LinkVariant, expires: number): Buffer {
    // A JSON array: no two different claims sign the same bytes.
    const message = JSON.stringify([tenantId, attachmentId, variant, expires]);
    return createHmac('sha256', this.key).update(message).digest();
  }
}
