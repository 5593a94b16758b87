import type { AuditAction, SUGGESTION_CHANNELS, SuggestionStatus } from '@zeren/contracts';

type SuggestionChannel = (typeof SUGGESTION_CHANNELS)[number];

/** The suggestions inbox: the reference catalogue (en-US has exactly these keys). */
export const zhCN = {
  nav: {
    suggestions: '意见建议',
  },
  suggestion: {
    subject: '标题',
    content: '内容',
    unit: '办理单位',
    domain: '重点领域',
    channel: '来源',
    createdAt: '提交时间',
    submitter: '提交人',
    contact: '联系方式',
    status: '状态',
    trackingCode: '查询码',
    answer: '答复',
    answeredAt: '答复时间',
    publishedAt: '公开时间',
    actions: '立行立改情况',
    actionsHint: '答复后记录采取的整改措施和落实情况；建议公开后与答复一并在门户网站显示。',
    actionText: '采取的措施和落实情况',
    actionPlaceholder: '例如：已约谈相关学校，督促退还超标收费3笔，建立收费公示制度',
    recordAction: '记录',
    actionRecorded: '已记录立行立改情况',
    noActions: '尚无记录',
    actionDate: '记录日期',
    noAnswer: '尚未答复',
    anonymous: '未留姓名',
    allStatuses: '全部状态',
    searchPlaceholder: '搜索标题或内容',
    detailTitle: '意见建议详情',
    create: '提交意见建议',
    createTitle: '提交意见建议',
    submitted: '已提交',
    answerPlaceholder: '答复内容将告知提交人；公开后与建议一起在门户网站展示（不含提交人信息）',
    saveAnswer: '保存答复',
    answered: '已答复',
    publish: '在门户网站公开',
    unpublish: '撤回公开',
    publicNow: '答复已在门户网站公开',
    notPublic: '答复未公开',
    publishHint: '公开的是标题、内容和答复，不公开提交人姓名和联系方式',
    confirmPublish:
      '公开后，群众可在门户网站“建议答复”栏目看到这条建议的标题、内容和答复（不含提交人姓名和联系方式）。确定公开吗？',
    confirmUnpublish: '撤回后，门户网站不再展示这条建议和答复。确定撤回公开吗？',
    publishedDone: '已公开',
    unpublishedDone: '已撤回公开',
    close: '办结',
    confirmClose: '办结后不能再修改答复，确定办结吗？',
    closedDone: '已办结',
    contactMaskedHint: '列表中的联系方式已脱敏；打开详情查看完整信息，查看将记入审计日志',
    record: '意见建议',
  },
  suggestionStatus: {
    received: '待答复',
    answered: '已答复',
    // One vocabulary with the portal (portal/i18n): what the citizen tracking it reads.
    published: '答复已公开',
    closed: '已办结',
  } satisfies Record<SuggestionStatus, string>,
  suggestionChannel: {
    public: '群众提交',
    staff: '单位提交',
  } satisfies Record<SuggestionChannel, string>,
  suggestionWorkbench: {
    toAnswer: '待答复的意见建议',
    toAnswerHint: '群众提交、尚未答复的意见建议',
  },
  auditAction: {
    'suggestion.submitted': '提交意见建议',
    'suggestion.exported': '导出意见建议台账',
    'suggestion.answered': '答复意见建议',
    'suggestion.published': '公开意见建议',
    'suggestion.unpublished': '撤回公开',
    'suggestion.closed': '办结意见建议',
    'suggestion.viewed': '查看意见建议',
    'suggestion.action_recorded': '记录立行立改情况',
  } satisfies Partial<Record<AuditAction, string>>,
};

export type SuggestionMessages = typeof zhCN;
