/**
 * The UI's two languages. Every area of the app keeps its own strings in its own file (one
 * i18next namespace each), in both languages side by side, so the pages can grow independently; a
 * browser test switches the language and checks visible text on every page.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { admin } from './admin.js';
import { agent } from './agent.js';
import { attach } from './attach.js';
import { canned } from './canned.js';
import { common } from './common.js';
import { desk } from './desk.js';
import { reports } from './reports.js';
import { search } from './search.js';
import { simulate } from './simulate.js';
import { supervisor } from './supervisor.js';
import { whatIf } from './whatIf.js';
import { widget } from './widget.js';

export const languages = ['zh-CN', 'en'] as const;
export type Language = (typeof languages)[number];

/** Strings of one area in both languages; the English keys are the reference. */
export type Strings<T extends Record<string, string>> = { readonly en: T; readonly 'zh-CN': Record<keyof T, string> };

const namespaces = {
  common,
  agent,
  attach,
  canned,
  desk,
  supervisor,
  admin,
  widget,
  reports,
  simulate,
  whatIf,
  search,
} as const;
const storageKey = 'switchboard.language';

/** The saved choice, else the browser's preference, else Chinese (the seeds' users). */
export function initialLanguage(): Language {
  const saved = localStorage.getItem(storageKey);
  if (saved === 'en' || saved === 'zh-CN') return saved;
  return navigator.language.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

export function setLanguage(language: Language): void {
  localStorage.setItem(storageKey, language);
  document.documentElement.lang = language;
  void i18next.changeLanguage(language);
}

export function initI18n(language: Language = initialLanguage()): typeof i18next {
  const resources: Record<Language, Record<string, Record<string, string>>> = { en: {}, 'zh-CN': {} };
  for (const [namespace, strings] of Object.entries(namespaces)) {
    resources.en[namespace] = strings.en;
    resources['zh-CN'][namespace] = strings['zh-CN'];
  }
  document.documentElement.lang = language;
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    ns: Object.keys(namespaces),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}
