/**
 * The frame's own i18next instance with only the widget's namespaces (its own and the attachments'):
 * the customer's page does not load the strings of the agent workspace or the admin console.
 */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { attach } from '../src/i18n/attach.js';
import { widget } from '../src/i18n/widget.js';
import type { WidgetLanguage } from './widget-config.js';

export function initWidgetI18n(language: WidgetLanguage): i18n {
  const instance = i18next.createInstance();
  document.documentElement.lang = language;
  void instance.use(initReactI18next).init({
    resources: {
      en: { widget: widget.en, attach: attach.en },
      'zh-CN': { widget: widget['zh-CN'], attach: attach['zh-CN'] },
    },
    lng: language,
    fallbackLng: 'en',
    ns: ['widget', 'attach'],
    defaultNS: 'widget',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return instance;
}

/** Switches the frame's language (the customer's choice in the pre-chat form). */
export function setWidgetLanguage(instance: i18n, language: WidgetLanguage): void {
  document.documentElement.lang = language;
  void instance.changeLanguage(language);
}
