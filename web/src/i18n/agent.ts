import type { Strings } from './index.js';

const en = {
  title: 'Agent',
};

export const agent: Strings<typeof en> = {
  en,
  'zh-CN': {
    title: '坐席工作台',
  },
};
