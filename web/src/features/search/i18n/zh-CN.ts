import type { AuditAction } from '@zeren/contracts';

/** Staff search (一键检索): the reference catalogue (en-US has exactly these keys). */
export const zhCN = {
  nav: {
    search: '检索',
  },
  search: {
    box: '检索线索、案件、督办、台账、任务、权责事项、建议、通报',
    boxShort: '检索',
    submit: '检索',
    title: '检索结果',
    intro: '在您有权查看的范围内检索；空格分隔的每个词都须出现，每个词至少两个字。',
    type: '类型',
    allTypes: '全部类型',
    unit: '单位',
    allUnits: '全部单位',
    domain: '领域',
    allDomains: '全部领域',
    status: '状态',
    allStatuses: '全部状态',
    from: '起始日期',
    to: '截止日期',
    empty: '没有找到匹配的记录',
    prompt: '请输入要检索的词语',
    tooShort: '请至少输入一个两个字及以上的词',
    record: '检索',
    query: '检索词',
    filters: '筛选条件',
    resultCount: '匹配数',
    countExact: '计数精确',
  },
  auditAction: {
    'search.performed': '检索',
  } satisfies Partial<Record<AuditAction, string>>,
};

export type SearchMessages = typeof zhCN;
