import { Segmented } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { setLanguage, type Language } from '../i18n/index.js';

/** 中文 / English, remembered in this browser. */
export function LanguageSwitch(): ReactNode {
  const { i18n } = useTranslation();
  return (
    <Segmented<Language>
      data-testid="language-switch"
      size="small"
      value={i18n.language === 'en' ? 'en' : 'zh-CN'}
      options={[
        { label: '中文', value: 'zh-CN' },
        { label: 'English', value: 'en' },
      ]}
      onChange={setLanguage}
    />
  );
}
