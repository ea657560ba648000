/**
 * A message in one line, files included ("[Picture] receipt.png"): for a desktop notice of a new
 * message, which would otherwise be empty for a picture sent without a caption.
 */
import type { AttachmentView } from '../api/attachment-view.js';

type Translate = (key: string, values: Record<string, string>) => string;

export function messageSummary(
  entry: { readonly text: string; readonly attachments?: readonly AttachmentView[] },
  t: Translate,
): string {
  const files = (entry.attachments ?? []).map((file) =>
    t(file.image ? 'attach:imageMessage' : 'attach:fileMessage', { name: file.name }),
  );
  return [entry.text, ...files].filter((part) => part !== '').join(' ');
}
