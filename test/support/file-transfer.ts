/**
 * Files handed to a page as a person would: dragged over an element and dropped on it, or pasted
 * into a box from the clipboard, built inside the element's own frame (a DataTransfer cannot cross
 * frames). And the files the attachment tests send: a picture drawn by sharp, a small PDF, and
 * bytes of any size.
 */
import type { JSHandle, Locator } from 'playwright-core';
import sharp from 'sharp';

export interface TestFile {
  readonly name: string;
  readonly mimeType: string;
  readonly buffer: Buffer;
}

interface PageFile {
  readonly name: string;
  readonly type: string;
  readonly base64: string;
}

/** The browser globals the page functions use (the tests compile without the DOM library). */
interface PageGlobals {
  DataTransfer: new () => { items: { add(file: unknown): void } };
  File: new (parts: unknown[], name: string, options: { type: string }) => unknown;
  ClipboardEvent: new (
    type: string,
    init: { clipboardData: unknown; bubbles: boolean; cancelable: boolean },
  ) => unknown;
  atob(text: string): string;
  Uint8Array: typeof Uint8Array;
}

const forPage = (files: readonly TestFile[]): PageFile[] =>
  files.map((file) => ({ name: file.name, type: file.mimeType, base64: file.buffer.toString('base64') }));

/** A DataTransfer holding the files, made in the element's frame. */
function transferIn(target: Locator, files: readonly TestFile[]): Promise<JSHandle> {
  return target.evaluateHandle((_element: unknown, given: PageFile[]) => {
    const page = globalThis as unknown as PageGlobals;
    const transfer = new page.DataTransfer();
    for (const file of given) {
      const binary = page.atob(file.base64);
      const bytes = new page.Uint8Array(binary.length);
      for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
      transfer.items.add(new page.File([bytes], file.name, { type: file.type }));
    }
    return transfer;
  }, forPage(files));
}

/** Drags the files over the element (the drop zone should show); `drop` then drops them there. */
export async function dragFilesOver(
  target: Locator,
  files: readonly TestFile[],
): Promise<{ readonly drop: () => Promise<void> }> {
  const dataTransfer = await transferIn(target, files);
  await target.dispatchEvent('dragenter', { dataTransfer });
  await target.dispatchEvent('dragover', { dataTransfer });
  return {
    drop: async () => {
      await target.dispatchEvent('drop', { dataTransfer });
      await dataTransfer.dispose();
    },
  };
}

/** Pastes the files into the element, as a screenshot copied to the clipboard arrives. */
export async function pasteFiles(target: Locator, files: readonly TestFile[]): Promise<void> {
  const dataTransfer = await transferIn(target, files);
  await target.evaluate((element: { dispatchEvent(event: unknown): boolean }, clipboardData: unknown) => {
    const page = globalThis as unknown as PageGlobals;
    element.dispatchEvent(new page.ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
  }, dataTransfer);
  await dataTransfer.dispose();
}

/** A picture (PNG) of a parcel label, drawn without text so no font is needed. */
export async function picture(name: string, width = 640, height = 400, hue = '#1677ff'): Promise<TestFile> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="100%" height="100%" fill="#f5f5f5"/>
    <rect x="${width * 0.1}" y="${height * 0.15}" width="${width * 0.8}" height="${height * 0.7}" rx="18" fill="${hue}"/>
    <rect x="${width * 0.18}" y="${height * 0.3}" width="${width * 0.4}" height="${height * 0.08}" fill="#fff"/>
    <rect x="${width * 0.18}" y="${height * 0.45}" width="${width * 0.55}" height="${height * 0.05}" fill="#fff" opacity="0.8"/>
    <rect x="${width * 0.18}" y="${height * 0.56}" width="${width * 0.3}" height="${height * 0.05}" fill="#fff" opacity="0.8"/>
    <circle cx="${width * 0.78}" cy="${height * 0.65}" r="${height * 0.1}" fill="#fadb14"/>
  </svg>`;
  return { name, mimeType: 'image/png', buffer: await sharp(Buffer.from(svg)).png().toBuffer() };
}

/** A one-page PDF. */
export function pdf(name: string): TestFile {
  const body = [
    '%PDF-1.4',
    '1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj',
    '2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj',
    '3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 300 200]>> endobj',
    'trailer <</Root 1 0 R>>',
    '%%EOF',
    '',
  ].join('\n');
  return { name, mimeType: 'application/pdf', buffer: Buffer.from(body, 'latin1') };
}

/** A PDF padded to `bytes` (past a tenant's limit, say). */
export function largePdf(name: string, bytes: number): TestFile {
  const head = pdf(name).buffer;
  return {
    name,
    mimeType: 'application/pdf',
    buffer: Buffer.concat([head, Buffer.alloc(Math.max(0, bytes - head.length), 0x20)]),
  };
}
