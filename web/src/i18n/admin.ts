import type { Strings } from './index.js';

const en = {
  title: 'Admin',
};

export const admin: Strings<typeof en> = {
  en,
  'zh-CN': {
    title: '管理后台',
  },
};
