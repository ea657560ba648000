/**
 * The chat widget's texts a tenant may write itself (issue 17): the welcome shown above the
 * pre-chat form, the message shown while the customer waits in the queue, and the one shown when
 * the conversation became a left message (after hours, nobody online, queue full) — each per
 * language of the widget. A text not set falls back to the widget's built-in wording.
 */

/** The languages the widget speaks (web/src/i18n/widget.ts). */
export const widgetLanguages = ['zh-CN', 'en'] as const;
export type WidgetLanguage = (typeof widgetLanguages)[number];

export const widgetMessageKinds = ['welcome', 'queue', 'afterHours'] as const;
export type WidgetMessageKind = (typeof widgetMessageKinds)[number];

/** One language's texts; each absent means the built-in wording. */
export type WidgetTexts = Readonly<Partial<Record<WidgetMessageKind, string>>>;
/** `{ "zh-CN": { welcome: "…" }, en: { … } }`. */
export type WidgetMessages = Readonly<Partial<Record<WidgetLanguage, WidgetTexts>>>;

/** Longest configured text, in UTF-16 code units: a few sentences, not a page. */
export const MAX_WIDGET_MESSAGE = 500;

/** A problem with configured widget texts, or null when they are acceptable. */
export function checkWidgetMessages(messages: WidgetMessages): string | null {
  for (const [language, texts] of Object.entries(messages)) {
    if (!(widgetLanguages as readonly string[]).includes(language)) return `no widget texts for "${language}"`;
    for (const [kind, text] of Object.entries(texts)) {
      if (!(widgetMessageKinds as readonly string[]).includes(kind)) return `no widget text "${kind}"`;
      if (typeof text !== 'string' || text.trim() === '') return `widget text ${language}.${kind} is blank`;
      if (text.length > MAX_WIDGET_MESSAGE) return `widget text ${language}.${kind} exceeds ${MAX_WIDGET_MESSAGE}`;
    }
  }
  return null;
}

/** The texts a customer reading `language` sees (anything starting with `en` is English). */
export function widgetTextsFor(messages: WidgetMessages | undefined, language: string): WidgetTexts {
  const key: WidgetLanguage = language.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
  return messages?.[key] ?? {};
}
