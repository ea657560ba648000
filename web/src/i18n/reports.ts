import type { Strings } from './index.js';

const en = {
  title: 'Reports',
};

export const reports: Strings<typeof en> = {
  en,
  'zh-CN': {
    title: '报表',
  },
};
