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
    placeholder: '工作台统计将在后续版本中提供。',
    demo: '演示数据',
  },
  auditAction: {
    'demo.seeded': '导入演示数据',
  } satisfies Partial<Record<AuditAction, string>>,
};

export type HomeMessages = typeof zhCN;
