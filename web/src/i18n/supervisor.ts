import type { Strings } from './index.js';

const en = {
  title: 'Supervisor',
};

export const supervisor: Strings<typeof en> = {
  en,
  'zh-CN': {
    title: '监控大屏',
  },
};
