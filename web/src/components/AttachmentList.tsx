/**
 * The pictures and files of one timeline entry, as staff see them (workspace, supervisor's drawer,
 * search timeline): pictures inline as thumbnails that open antd's viewer with the original (Esc
 * closes it), other files as download links with name and size.
 *
 * Links are signed and expire (`expiresAt`): when a picture fails to load (whatever the browser's
 * clock says: it may be behind the server's) or a file is clicked past expiry, the entry is read
 * again (`GET /conversations/:id/messages`, that one seq) for fresh links — at most once a minute,
 * so a picture that still fails is shown as unavailable rather than fetched again and again.
 */
import { FileOutlined } from '@ant-design/icons';
import { Image, Typography } from 'antd';
import { useRef, useState, type ReactNode } from 'react';
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
/** Least time between two reads of an entry for fresh links. */
const REFRESH_GAP_MS = 60_000;

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
  // Fresh links replace the entry's; the pictures are drawn anew with them (`generation`), even
  // when a link minted in the same second reads the same.
  const [fresh, setFresh] = useState<{ readonly links: readonly AttachmentView[]; readonly generation: number }>({
    links: attachments,
    generation: 0,
  });
  const lastRefresh = useRef<number | null>(null);
  const shown = fresh.generation === 0 ? attachments : fresh.links;
  if (shown.length === 0) return null;
  const refresh = async (view: AttachmentView): Promise<AttachmentView | null> => {
    const now = Date.now();
    if (lastRefresh.current !== null && now - lastRefresh.current < REFRESH_GAP_MS) return null;
    lastRefresh.current = now;
    const links = await freshLinks(conversationId, seq);
    if (links === null) return null;
    setFresh((current) => ({ links, generation: current.generation + 1 }));
    return links.find((candidate) => candidate.attachmentId === view.attachmentId) ?? null;
  };
  return (
    <div data-testid="attachments" style={{ display: 'flex', flexWrap: 'wrap', gap: 6, marginTop: 4 }}>
      {shown.map((view) =>
        view.image ? (
          <Picture key={`${view.attachmentId}:${String(fresh.generation)}`} view={view} refresh={() => refresh(view)} />
        ) : (
          <Download key={view.attachmentId} view={view} refresh={() => refresh(view)} />
        ),
      )}
    </div>
  );
}
