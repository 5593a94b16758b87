import type { AuditAction } from '@zeren/contracts';

/** The landing page: the reference catalogue (en-US has exactly these keys). */
export const zhCN = {
  nav: {
    home: '首页',
  },
  home: {
    welcome: '欢迎，{name}',
    unit: '所在单位',
    position: '职务',
    roles: '角色',
    demo: '演示数据',
    profile: '我的信息',
    workbench: '工作台',
    workbenchHint: '需要您处理或关注的事项，点击进入对应的列表。',
    nothingWaiting: '没有需要您处理的事项',
    workbenchFailed: '工作台加载失败，请刷新页面重试',
    view: '查看',
    campaign: '当前活动',
    noCampaign: '当前没有进行中的活动。',
    currentPhase: '当前阶段',
    notInPhase: '今天不在活动的任何阶段内',
    reportDay: '每月 {day} 日前报送工作进展',
    campaignStatus: '活动状态',
  },
  auditAction: {
    'demo.seeded': '导入演示数据',
  } satisfies Partial<Record<AuditAction, string>>,
};

export type HomeMessages = typeof zhCN;
