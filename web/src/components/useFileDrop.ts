/**
 * Files dragged onto a chat panel or pasted into its message box (plain React, no component
 * library: the widget imports it too). While files are dragged over the panel it says so
 * (`dragging`, for a visible drop zone); text or links dragged over it are left alone.
 */
import { useCallback, useRef, useState, type ClipboardEvent, type DragEvent } from 'react';

export interface FileDrop {
  /** Files are being dragged over the panel now. */
  readonly dragging: boolean;
  /** Spread on the panel's element. */
  readonly handlers: {
    readonly onDragEnter: (event: DragEvent) => void;
    readonly onDragOver: (event: DragEvent) => void;
    readonly onDragLeave: (event: DragEvent) => void;
    readonly onDrop: (event: DragEvent) => void;
  };
}

const carriesFiles = (event: DragEvent): boolean => [...event.dataTransfer.types].includes('Files');

/** Calls `onFiles` with what is dropped on the element; `enabled` false ignores drops (and shows no zone). */
export function useFileDrop(onFiles: (files: File[]) => void, enabled: boolean): FileDrop {
  const [dragging, setDragging] = useState(false);
  // dragenter/dragleave fire for every child crossed: count them to know when the panel is left.
  const depth = useRef(0);
  const onDragEnter = useCallback(
    (event: DragEvent) => {
      if (!enabled || !carriesFiles(event)) return;
      event.preventDefault();
      depth.current += 1;
      setDragging(true);
    },
    [enabled],
  );
  const onDragOver = useCallback(
    (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Without this the browser would open the file in place of the page (the widget's frame too),
      // also where files cannot be sent now: there nothing happens.
      event.preventDefault();
      event.dataTransfer.dropEffect = enabled ? 'copy' : 'none';
    },
    [enabled],
  );
  const onDragLeave = useCallback(
    (event: DragEvent) => {
      if (!enabled || !carriesFiles(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    },
    [enabled],
  );
  const onDrop = useCallback(
    (event: DragEvent) => {
      depth.current = 0;
      setDragging(false);
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (!enabled) return;
      const files = [...event.dataTransfer.files];
      if (files.length > 0) onFiles(files);
    },
    [enabled, onFiles],
  );
  return { dragging, handlers: { onDragEnter, onDragOver, onDragLeave, onDrop } };
}

/**
 * The files of a paste (a screenshot copied to the clipboard arrives as one). A paste of text
 * returns nothing and goes on into the box as usual; one with files is taken over.
 */
export function pastedFiles(event: ClipboardEvent): File[] {
  const files = [...event.clipboardData.items]
    .filter((item) => item.kind === 'file')
    .map((item) => item.getAsFile())
    .filter((file): file is File => file !== null);
  if (files.length > 0) event.preventDefault();
  return files;
}
