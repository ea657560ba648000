/**
 * `/widget/frame.html`: the chat the loader (`/widget.js`) shows in an iframe on the customer's
 * site, configured by its query string (widget-config.ts). Plain React and CSS — no component
 * library — so the customer's page loads little.
 */
import { StrictMode, useCallback } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { WidgetApp } from './components/WidgetApp.js';
import { readConfig, type WidgetLanguage } from './widget-config.js';
import { initWidgetI18n, setWidgetLanguage } from './widget-i18n.js';
import './widget.css';

const config = readConfig(location.search, navigator.language);
const i18n = initWidgetI18n(config?.language ?? 'zh-CN');

function Frame() {
  const onLanguage = useCallback((language: WidgetLanguage) => {
    if (i18n.language !== language) setWidgetLanguage(i18n, language);
  }, []);
  if (config === null) {
    return (
      <div className="sbw-app">
        <div className="sbw-banner sbw-error-banner" role="alert" data-testid="widget-error">
          {i18n.t('errorUnavailable', { ns: 'widget' })}
        </div>
      </div>
    );
  }
  return <WidgetApp config={config} onLanguage={onLanguage} />;
}

const root = document.getElementById('root');
if (root !== null) {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <Frame />
      </I18nextProvider>
    </StrictMode>,
  );
}
