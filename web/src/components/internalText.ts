/**
 * Internal timeline entries (TRANSFER, TRANSFER_ACCEPT…) are written by the server in one working
 * language, with names inside. Staff read them in their own (issue 17: no English system text in
 * the Chinese UI): the known shapes are recognised and said again from the `desk` strings, names
 * kept; anything unrecognised is shown as written.
 */
import { useTranslation } from 'react-i18next';

interface Entry {
  readonly kind: string;
  readonly text: string;
}

type Pattern = readonly [kind: string, shape: RegExp, key: string, names: readonly string[]];

const patterns: readonly Pattern[] = [
  ['TRANSFER_ACCEPT', /^(.+) accepted the transfer$/, 'sys_accepted', ['agent']],
  ['TRANSFER_REJECT', /^(.+) rejected the transfer: ([\s\S]+)$/, 'sys_rejectedBecause', ['agent', 'reason']],
  ['TRANSFER_REJECT', /^(.+) rejected the transfer$/, 'sys_rejected', ['agent']],
  ['TRANSFER_TIMEOUT', /^the transfer was not answered in time$/, 'sys_timedOut', []],
  ['TRANSFER_CANCEL', /^transfer cancelled by (.+)$/, 'sys_cancelled', ['agent']],
  ['TRANSFER', /^(.+?) → group (.+?): ([\s\S]*)$/, 'sys_requestedGroup', ['from', 'group', 'note']],
  ['TRANSFER', /^(.+?) → (.+?): ([\s\S]*)$/, 'sys_requested', ['from', 'to', 'note']],
  [
    'TAKEOVER',
    /^(.+) did not answer within (\d+) s: the conversation went back to the queue \(automatic takeover (\d+) of (\d+)\)$/,
    'sys_takeover',
    ['agent', 'seconds', 'count', 'limit'],
  ],
  [
    'TAKEOVER_LIMIT',
    /^(.+) has not answered within (\d+) s; after (\d+) automatic takeovers it stays with (.+) and supervisors are alerted$/,
    'sys_takeoverLimit',
    ['agent', 'seconds', 'limit', 'owner'],
  ],
];

/** Says an entry's text in the reader's language when it is one of the server's internal shapes. */
export function useEntryText(): (entry: Entry) => string {
  const { t } = useTranslation('desk');
  return (entry) => {
    for (const [kind, shape, key, names] of patterns) {
      if (kind !== entry.kind) continue;
      const match = shape.exec(entry.text);
      if (match === null) continue;
      const values = Object.fromEntries(
        names.map((name, index) => {
          const value = match[index + 1] ?? '';
          return [name, value === 'system' ? t('systemName') : value];
        }),
      );
      return t(key, values);
    }
    return entry.text;
  };
}
