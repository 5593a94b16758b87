import type { AuditAction } from '@zeren/contracts';

/** The shell and what every feature shares (buttons, languages, deadlines, files): the reference catalogue (en-US has exactly these keys). */
export const zhCN = {
  app: {
    name: '责任',
    title: '责任 · 懒政怠政为官不为问责年活动平台',
    shortTitle: '问责年活动平台',
    /** The title without the name: the sign-in page sets the name above it. */
    platform: '懒政怠政为官不为问责年活动平台',
    description:
      '责任：懒政怠政为官不为问责年活动工作平台，供督查室、各单位和领导登录办理权责清单、重点任务和意见建议。',
  },
  common: {
    save: '保存',
    cancel: '取消',
    create: '新建',
    edit: '编辑',
    delete: '删除',
    confirmDelete: '确定删除吗？此操作不可撤销。',
    search: '搜索',
    reset: '重置',
    actions: '操作',
    loading: '加载中…',
    loadMore: '加载更多',
    noMore: '没有更多了',
    yes: '是',
    no: '否',
    none: '无',
    saved: '已保存',
    deleted: '已删除',
    networkError: '网络错误，请稍后再试',
    required: '此项为必填项',
    notFound: '页面不存在',
    backHome: '返回首页',
    forbidden: '您没有访问此页面的权限',
    menu: '菜单',
    close: '关闭',
    confirm: '确定',
    view: '查看',
    submit: '提交',
    all: '全部',
    details: '详情',
    /** A label and its value in running text: the full-width colon of Chinese. */
    labelValue: '{label}：{value}',
    /** Something with a note on it: full-width parentheses in Chinese. */
    withNote: '{text}（{note}）',
  },
  pager: {
    label: '分页',
    total: '共 {count} 条',
    totalOne: '共 1 条',
    /** More rows than the server counts (COUNT_CAP): "at least" that many. */
    totalAtLeast: '{count}+ 条',
    totalAtLeastHint: '至少 {count} 条',
    page: '第 {page} 页',
    previous: '上一页',
    next: '下一页',
  },
  picker: {
    truncated: '仅显示前 {limit} 条，请输入关键字搜索',
    truncatedSearch: '仅显示前 {limit} 条匹配结果，请输入更多关键字',
  },
  lang: {
    label: '语言',
    'zh-CN': '简体中文',
    'en-US': 'English',
  },
  history: {
    tab: '变更记录',
    empty: '暂无变更记录',
    system: '系统',
    emptyValue: '（空）',
    listSeparator: '、',
    loadFailed: '变更记录加载失败',
    reason: '理由',
    opinion: '意见',
    storedFile: '文件',
    labelSuffix: '：',
    changedTo: '改为',
  },
  deadline: {
    workingDaysAhead: '距今 {days} 个工作日',
    workingDaysPast: '已过 {days} 个工作日',
    today: '就是今天',
    addDays: '加上工作日',
    addDaysSuffix: '个工作日',
    addDaysButton: '推算',
    counting: '正在计算工作日…',
    addDaysFromCurrent: '在原时限上加上工作日',
    laterBy: '较原时限延后 {days} 个工作日',
    notLater: '不晚于原时限 {date}，请选择更晚的日期',
    countedIn: '按 {days} 个工作日计算：节假日安排调整后自动重算',
    provisional: '暂定',
    provisionalHint:
      '该日期所在年度的节假日安排尚未录入，暂按周末计算工作日；录入后，按工作日数设定的时限会自动重新计算。',
  },
  auditAction: {
    'file.uploaded': '上传文件',
    'file.downloaded': '下载文件',
  } satisfies Partial<Record<AuditAction, string>>,
};

export type CoreMessages = typeof zhCN;
