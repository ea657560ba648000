/**
 * The CSV export's column titles in the requester's language (docs/reports.md, "CSV"): a person
 * opening the file in Excel reads "Success rate (%)" or "成功率（%）", not `successRate`. The names
 * follow the reports page's (web/src/i18n/reports.ts) so the file and the screen say the same thing;
 * the server cannot import the web app's strings, hence this table. Units are in the title because
 * the cells are bare numbers.
 */
/** The languages a CSV can be written in; `en` is the default. */
export const csvLanguages = ['en', 'zh-CN'] as const;
export type CsvLanguage = (typeof csvLanguages)[number];

type Titles = Readonly<Record<string, string>>;

const en: Titles = {
  bucket: 'Period',
  bucketStart: 'Period start',
  agent: 'Agent',
  department: 'Department',
  departmentScope: 'Intra / cross department',
  skillGroup: 'Skill group',
  reason: 'Reason',
  channel: 'Channel',
  arrivals: 'Arrivals',
  answered: 'Answered',
  abandoned: 'Abandoned',
  serviceLevel: 'Service level',
  averageSpeedOfAnswerSeconds: 'Average speed of answer',
  abandonmentRate: 'Abandonment rate',
  longestWaitSeconds: 'Longest wait',
  requests: 'Requests',
  accepted: 'Accepted',
  rejected: 'Rejected',
  timedOut: 'Timed out',
  cancelled: 'Cancelled',
  pending: 'Pending',
  successRate: 'Success rate',
  rejectionRate: 'Rejection rate',
  timeoutRate: 'Timeout rate',
  cancelRate: 'Cancel rate',
  averageResponseSeconds: 'Average response time',
  satisfaction: 'Satisfaction',
  transferredConversations: 'Transferred conversations',
  transfersPerConversation: 'Transfers per conversation',
  intraDepartment: 'Intra-department',
  crossDepartment: 'Cross-department',
  handled: 'Handled',
  assigned: 'Assigned',
  averageFirstResponseSeconds: 'First response time',
  averageHandlingSeconds: 'Average handling time',
  ratings: 'Ratings',
  resolutionRate: 'Resolution rate',
  transfersInitiated: 'Transfers initiated',
  transfersReceived: 'Transfers received',
  'statusSeconds.available': 'Time available',
  'statusSeconds.busy': 'Time busy',
  'statusSeconds.away': 'Time away',
  'statusSeconds.offline': 'Time offline',
};

const zh: Titles = {
  bucket: '时段',
  bucketStart: '时段开始',
  agent: '客服',
  department: '部门',
  departmentScope: '部门内 / 跨部门',
  skillGroup: '技能组',
  reason: '原因',
  channel: '渠道',
  arrivals: '进线量',
  answered: '接起量',
  abandoned: '放弃量',
  serviceLevel: '服务水平',
  averageSpeedOfAnswerSeconds: '平均应答速度',
  abandonmentRate: '放弃率',
  longestWaitSeconds: '最长等待',
  requests: '转接请求',
  accepted: '已接受',
  rejected: '已拒绝',
  timedOut: '已超时',
  cancelled: '已取消',
  pending: '待响应',
  successRate: '成功率',
  rejectionRate: '拒绝率',
  timeoutRate: '超时率',
  cancelRate: '取消率',
  averageResponseSeconds: '平均响应时长',
  satisfaction: '满意度',
  transferredConversations: '被转接会话',
  transfersPerConversation: '人均转接次数',
  intraDepartment: '部门内转接',
  crossDepartment: '跨部门转接',
  handled: '处理量',
  assigned: '分配量',
  averageFirstResponseSeconds: '首次响应时长',
  averageHandlingSeconds: '平均处理时长',
  ratings: '评价数',
  resolutionRate: '解决率',
  transfersInitiated: '发起转接',
  transfersReceived: '接收转接',
  'statusSeconds.available': '在线时长',
  'statusSeconds.busy': '忙碌时长',
  'statusSeconds.away': '离开时长',
  'statusSeconds.offline': '离线时长',
};

/** Whether a column is a share written as a percentage (`…Rate`, `serviceLevel`). */
export function isPercentColumn(column: string): boolean {
  return column.endsWith('Rate') || column === 'serviceLevel';
}

/** Whether a column holds seconds (`…Seconds`, `statusSeconds.…`). */
function isSecondsColumn(column: string): boolean {
  return column.endsWith('Seconds') || column.startsWith('statusSeconds.');
}

/**
 * The title of `column` (a machine name: `bucket`, `bucketStart`, a dimension or a flattened metric)
 * in `language`, with its unit; `timeZone` goes into the period start's title because its cells are
 * local times without an offset. A column the table does not know keeps its machine name.
 */
export function csvColumnTitle(column: string, language: CsvLanguage, timeZone: string): string {
  const titles = language === 'zh-CN' ? zh : en;
  const title = titles[column] ?? column;
  const [open, close] = language === 'zh-CN' ? ['（', '）'] : [' (', ')'];
  if (column === 'bucketStart') return `${title}${open}${timeZone}${close}`;
  if (isPercentColumn(column)) return `${title}${open}%${close}`;
  if (isSecondsColumn(column)) return `${title}${open}${language === 'zh-CN' ? '秒' : 's'}${close}`;
  return title;
}

/**
 * The language of a CSV: `lang` when given, else the first language of `Accept-Language` (by
 * quality) that is Chinese or English, else English.
 */
export function csvLanguageOf(lang: CsvLanguage | undefined, acceptLanguage: string | undefined): CsvLanguage {
  if (lang !== undefined) return lang;
  const ranges = (acceptLanguage ?? '')
    .slice(0, 512)
    .split(',')
    .map((part, index) => {
      const [tag = '', ...parameters] = part.trim().toLowerCase().split(';');
      const q = parameters.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter(({ q }) => Number.isFinite(q) && q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranges) {
    if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-CN';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return 'en';
}
