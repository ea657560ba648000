import type { Strings } from './index.js';

const en = {
  title: 'What-if simulation',
};

export const whatIf: Strings<typeof en> = {
  en,
  'zh-CN': {
    title: '容量模拟',
  },
};
