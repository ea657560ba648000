/**
 * The pictures and files of one message, as the customer sees them (issue 17): pictures inline as
 * thumbnails opening a full-size viewer (Esc, the close button or a click beside the picture close
 * it, and focus goes back to the thumbnail), other files as download links with name and size.
 * Links expire: a picture that fails to load asks once for the entry again (`onExpired`) — whatever
 * the browser's clock says, which may be behind the server's — and the fresh links replace the old
 * ones in the chat state; failing again, it is shown as unavailable.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { linksExpired, sizeText, type AttachmentView } from '../../src/api/attachments.js';

function Viewer({ view, onClose }: { readonly view: AttachmentView; readonly onClose: () => void }) {
  const { t } = useTranslation('attach');
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    close.current?.focus();
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
    };
  }, [onClose]);
  return (
    <div
      className="sbw-viewer"
      role="dialog"
      aria-modal="true"
      aria-label={t('viewer')}
      data-testid="widget-viewer"
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <button
        ref={close}
        type="button"
        className="sbw-viewer-close"
        data-testid="widget-viewer-close"
        aria-label={t('closeViewer')}
        title={t('closeViewer')}
        onClick={onClose}
      >
        ×
      </button>
      <img src={view.url} alt={view.name} data-testid="widget-viewer-image" />
      <span className="sbw-viewer-name">{view.name}</span>
    </div>
  );
}

function Picture({ view, onExpired }: { readonly view: AttachmentView; readonly onExpired: () => void }) {
  const { t } = useTranslation('attach');
  const [open, setOpen] = useState(false);
  const [broken, setBroken] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const refreshed = useRef(false);
  if (broken) {
    return (
      <span className="sbw-attachment-missing" data-testid="widget-image-unavailable">
        {t('imageUnavailable')} {view.name}
      </span>
    );
  }
  return (
    <>
      <button
        ref={opener}
        type="button"
        className="sbw-thumb"
        data-testid="widget-image"
        aria-label={t('viewImage', { name: view.name })}
        title={view.name}
        onClick={() => {
          setOpen(true);
        }}
      >
        <img
          src={view.thumbnailUrl ?? view.url}
          alt={view.name}
          onError={() => {
            if (refreshed.current) {
              setBroken(true);
              return;
            }
            refreshed.current = true;
            onExpired();
          }}
        />
      </button>
      {open && (
        <Viewer
          view={view}
          onClose={() => {
            setOpen(false);
            opener.current?.focus();
          }}
        />
      )}
    </>
  );
}

export function Attachments({
  attachments,
  onExpired,
}: {
  readonly attachments: readonly AttachmentView[];
  readonly onExpired: () => void;
}) {
  const { t } = useTranslation('attach');
  return (
    <span className="sbw-attachments" data-testid="widget-attachments">
      {attachments.map((view) =>
        view.image ? (
          <Picture key={view.attachmentId} view={view} onExpired={onExpired} />
        ) : (
          <a
            key={view.attachmentId}
            className="sbw-file"
            href={view.url}
            download={view.name}
            data-testid="widget-file"
            aria-label={t('download', { name: view.name, size: sizeText(view.size) })}
            onClick={(event) => {
              if (!linksExpired(view)) return;
              // Past expiry the link would fail: ask for fresh links, then the customer clicks again.
              event.preventDefault();
              onExpired();
            }}
          >
            <svg className="sbw-file-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
              <path d="M3 1h6l4 4v10H3z M9 1v4h4" fill="none" stroke="currentColor" strokeWidth="1.2" />
            </svg>
            <span className="sbw-file-name">{view.name}</span>
            <span className="sbw-file-size">{sizeText(view.size)}</span>
          </a>
        ),
      )}
    </span>
  );
}
