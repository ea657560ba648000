/**
 * "Download transcript": the conversation's public entries as a text file from the server
 * (docs/widget.md), saved through a temporary object URL so the customer's token never appears in
 * a link.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export function TranscriptButton({ onFetch }: { readonly onFetch: () => Promise<Blob | null> }) {
  const { t } = useTranslation('widget');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const download = async (): Promise<void> => {
    setBusy(true);
    setFailed(false);
    const file = await onFetch();
    setBusy(false);
    if (file === null) {
      setFailed(true);
      return;
    }
    const href = URL.createObjectURL(file);
    const link = document.createElement('a');
    link.href = href;
    link.download = t('transcript').replace(/\s+/g, '-') + '.txt';
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => {
      URL.revokeObjectURL(href);
    }, 10_000);
  };
  return (
    <div className="sbw-tools">
      <button
        type="button"
        className="sbw-link"
        data-testid="widget-transcript"
        disabled={busy}
        onClick={() => {
          void download();
        }}
      >
        {t('transcript')}
      </button>
      {failed && (
        <span className="sbw-error" role="alert" data-testid="widget-transcript-error">
          {t('transcriptFailed')}
        </span>
      )}
    </div>
  );
}
