import type { Strings } from './index.js';

const en = {
  title: 'Simulate',
};

export const simulate: Strings<typeof en> = {
  en,
  'zh-CN': {
    title: '会话测试',
  },
};
