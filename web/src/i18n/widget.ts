import type { Strings } from './index.js';

const en = {
  title: 'Widget',
};

export const widget: Strings<typeof en> = {
  en,
  'zh-CN': {
    title: '在线客服',
  },
};
