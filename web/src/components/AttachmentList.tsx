/**
 * The pictures and files of one timeline entry, as staff see them (workspace, supervisor's drawer,
 * search timeline): pictures inline as thumbnails that open antd's viewer with the original (Esc
 * closes it), other files as download links with name and size.
 *
 * Links are signed and expire (`expiresAt`): when a picture fails to load or a file is clicked past
 * expiry, the entry is read again (`GET /conversations/:id/messages`, that one seq) for fresh links,
 * once per expiry — a picture that still fails is shown as unavailable rather than retried forever.
 */
import { FileOutlined } from '@ant-design/icons';
import { Image, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/http.js';
import { linksExpired, sizeText, type AttachmentView } from '../api/attachments.js';

export interface AttachmentListProps {
  readonly conversationId: string;
  readonly seq: number;
  readonly attachments: readonly AttachmentView[];
}

/** The entry read again for fresh links; null when it cannot be read. */
async function freshLinks(conversationId: string, seq: number): Promise<readonly AttachmentView[] | null> {
  try {
    const page = await api<{ items: { seq: number; attachments?: readonly AttachmentView[] }[] }>(
      `/conversations/${encodeURIComponent(conversationId)}/messages`,
      { query: { afterSeq: seq - 1, limit: 1 } },
    );
    return page.items.find((item) => item.seq === seq)?.attachments ?? null;
  } catch {
    return null;
  }
}

const THUMBNAIL = 160;

function Picture({
  view,
  refresh,
}: {
  readonly view: AttachmentView;
  readonly refresh: () => Promise<AttachmentView | null>;
}): ReactNode {
  const { t } = useTranslation('attach');
  const [open, setOpen] = useState(false);
  const [broken, setBroken] = useState(false);
  return (
    <span data-testid="attachment-image" data-attachment-id={view.attachmentId}>
      {broken ? (
        <Typography.Text type="secondary" data-testid="attachment-image-unavailable">
          {t('imageUnavailable')} {view.name}
        </Typography.Text>
      ) : (
        <button
          type="button"
          aria-label={t('viewImage', { name: view.name })}
          title={view.name}
          data-testid="attachment-image-open"
          onClick={() => {
            setOpen(true);
          }}
          style={{ padding: 0, border: '1px solid #eee', borderRadius: 6, background: '#fff', cursor: 'zoom-in' }}
        >
          <img
            src={view.thumbnailUrl ?? view.url}
            alt={view.name}
            loading="lazy"
            style={{ display: 'block', maxWidth: THUMBNAIL, maxHeight: THUMBNAIL, borderRadius: 6 }}
            onError={() => {
              void refresh().then((fresh) => {
                if (fresh === null) setBroken(true);
              });
            }}
          />
        </button>
      )}
      {open ? (
        // Mounted only while open: the original is fetched when asked for, not with every thumbnail.
        <Image
          src={view.url}
          alt={view.name}
          style={{ display: 'none' }}
          preview={{
            open: true,
            src: view.url,
            onOpenChange: (next) => {
              if (!next) setOpen(false);
            },
          }}
        />
      ) : null}
    </span>
  );
}

function Download({
  view,
  refresh,
}: {
  readonly view: AttachmentView;
  readonly refresh: () => Promise<AttachmentView | null>;
}): ReactNode {
  const { t } = useTranslation('attach');
  return (
    <a
      href={view.url}
      download={view.name}
      data-testid="attachment-file"
      data-attachment-id={view.attachmentId}
      aria-label={t('download', { name: view.name, size: sizeText(view.size) })}
      onClick={(event) => {
        if (!linksExpired(view)) return;
        event.preventDefault();
        void refresh().then((fresh) => {
          if (fresh !== null) window.location.assign(fresh.url);
        });
      }}
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: 6,
        padding: '6px 10px',
        border: '1px solid #e6e6e6',
        borderRadius: 6,
        background: '#fff',
        maxWidth: 280,
      }}
    >
      <FileOutlined aria-hidden />
      <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{view.name}</span>
      <Typography.Text type="secondary" style={{ fontSize: 12, flex: 'none' }}>
        {sizeText(view.size)}
      </Typography.Text>
    </a>
  );
}

export function AttachmentList({ conversationId, seq, attachments }: AttachmentListProps): ReactNode {
  // Fresh links read after expiry replace the entry's; each expiry is refreshed once.
  const [fresh, setFresh] = useState<readonly AttachmentView[] | null>(null);
  const [triedFor, setTriedFor] = useState<string | null>(null);
  const shown = fresh ?? attachments;
  if (shown.length === 0) return null;
  const refresh = async (view: AttachmentView): Promise<AttachmentView | null> => {
    if (!linksExpired(view) || triedFor === view.expiresAt) return null;
    setTriedFor(view.expiresAt);
    const links = await freshLinks(conversationId, seq);
    if (links === null) return null;
    setFresh(links);
    return links.find((candidate) => candidate.attachmentId === view.attachmentId) ?? null;
  };
  return (
    <div data-testid="attachments" style={{ display: 'flex', flexWrap: 'wrap', gap: 6, marginTop: 4 }}>
      {shown.map((view) =>
        view.image ? (
          <Picture key={view.attachmentId} view={view} refresh={() => refresh(view)} />
        ) : (
          <Download key={view.attachmentId} view={view} refresh={() => refresh(view)} />
        ),
      )}
    </div>
  );
}
