import type { HTMLAttributes } from 'react';

/** Props giving a table row a `data-testid` (antd's `onRow` takes plain attributes). */
export function rowTestId(id: string): HTMLAttributes<HTMLElement> {
  return { 'data-testid': id } as HTMLAttributes<HTMLElement>;
}
