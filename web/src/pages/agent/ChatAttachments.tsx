/**
 * Sending pictures and files from the workspace (issue 17): the composer's picker button, the
 * chat panel's drop zone shown while files are dragged over it, and each file's progress or the
 * translated reason it was refused (too large, with the tenant's limit in MB; a type the tenant
 * refuses), shown inline under the timeline. Files always go to the customer, so the picker and
 * the drop zone work only while the owner writes publicly, never in note mode.
 */
import { PaperClipOutlined } from '@ant-design/icons';
import { Alert, Button, Progress, Tooltip, Typography } from 'antd';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignedIn } from '../../auth/session.js';
import { useUploads, type Uploads } from '../../components/useUploads.js';

/** The selected conversation's uploads, sent with the agent's session token. */
export function useChatUploads(conversationId: string | null, maxBytes: number | null): Uploads {
  const { token } = useSignedIn();
  return useUploads({ conversationId, token: () => token, maxBytes, newId: () => crypto.randomUUID() });
}

/** The panel's overlay while files are dragged over it (it lets the drag events through). */
export function DropZone({ dragging }: { readonly dragging: boolean }): ReactNode {
  const { t } = useTranslation('attach');
  if (!dragging) return null;
  return (
    <div
      data-testid="drop-zone"
      role="status"
      style={{
        position: 'absolute',
        inset: 0,
        zIndex: 10,
        pointerEvents: 'none',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        border: '2px dashed #1677ff',
        borderRadius: 8,
        background: 'rgba(230, 244, 255, 0.88)',
        fontSize: 16,
        color: '#0958d9',
      }}
    >
      {t('dropHere')}
    </div>
  );
}

/** Files being sent (with progress) and files refused (with why, until dismissed). */
export function UploadStatus({ uploads }: { readonly uploads: Uploads }): ReactNode {
  const { t } = useTranslation('attach');
  if (uploads.uploads.length === 0) return null;
  return (
    <div data-testid="upload-status" style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
      {uploads.uploads.map((upload) =>
        upload.refusal === null ? (
          <div key={upload.id} data-testid="upload-progress" aria-live="polite">
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('uploading', { name: upload.name, percent: Math.round(upload.progress * 100) })}
            </Typography.Text>
            <Progress percent={Math.round(upload.progress * 100)} size="small" showInfo={false} />
          </div>
        ) : (
          <Alert
            key={upload.id}
            type="error"
            showIcon
            data-testid="upload-refused"
            data-reason={upload.refusal.key}
            title={t(upload.refusal.key, upload.refusal.values)}
            closable={{
              'aria-label': t('dismiss'),
              onClose: () => {
                uploads.dismiss(upload.id);
              },
            }}
          />
        ),
      )}
    </div>
  );
}

/** The picker: an icon button (labelled for screen readers) opening the file chooser. */
export function AttachButton({
  onFiles,
  disabled,
}: {
  readonly onFiles: (files: File[]) => void;
  readonly disabled: boolean;
}): ReactNode {
  const { t } = useTranslation('attach');
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Tooltip title={disabled ? t('notesTakeNoFiles') : t('attachFile')}>
        <Button
          icon={<PaperClipOutlined />}
          aria-label={t('attachFile')}
          data-testid="attach-button"
          disabled={disabled}
          onClick={() => input.current?.click()}
        />
      </Tooltip>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        data-testid="attach-input"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Cleared, so choosing the same file again sends it again.
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </>
  );
}
