/**
 * How staff name a customer (issue 17): their name (the profile's, else the one typed in the
 * widget's pre-chat form), else a short, friendly label — "Visitor 4e49" / "访客 4e49" — instead of
 * an id like `v:3a271c16-d49c-…`. The four characters are the id's last letters or digits, so the
 * same visitor keeps the same label everywhere staff see them.
 */
import { useTranslation } from 'react-i18next';

/** The short tag of an anonymous customer's id: its last four letters or digits. */
export const visitorTag = (customerId: string): string => {
  const plain = customerId.replace(/[^0-9a-z]/gi, '');
  return (plain.length === 0 ? customerId : plain).slice(-4).toLowerCase();
};

export type CustomerLabel = (customer: {
  readonly customerId: string;
  readonly customerName?: string | null;
}) => string;

/** A function naming customers in the current language. */
export function useCustomerLabel(): CustomerLabel {
  const { t } = useTranslation('desk');
  return ({ customerId, customerName }) => {
    const name = customerName?.trim() ?? '';
    return name === '' ? t('visitor', { tag: visitorTag(customerId) }) : name;
  };
}

/**
 * A one-line summary of a browser's user agent for staff ("Chrome 131 · Windows · desktop"); the
 * full string is shown on hover. Null when it says nothing recognisable.
 */
export function deviceSummary(userAgent: string): { browser: string | null; system: string | null; mobile: boolean } {
  const browser =
    /Edg\/(\d+)/.exec(userAgent)?.[1] !== undefined
      ? `Edge ${/Edg\/(\d+)/.exec(userAgent)?.[1] ?? ''}`
      : (/(Firefox|Chrome|CriOS|Version)\/(\d+)/.exec(userAgent)?.slice(1, 3).join(' ') ?? null);
  const system = /Windows|Android|iPhone|iPad|Mac OS X|Linux/.exec(userAgent)?.[0] ?? null;
  return {
    browser: browser?.replace(/^Version/, 'Safari').replace(/^CriOS/, 'Chrome') ?? null,
    system: system === 'Mac OS X' ? 'macOS' : system,
    mobile: /Mobi|Android|iPhone/.test(userAgent),
  };
}
