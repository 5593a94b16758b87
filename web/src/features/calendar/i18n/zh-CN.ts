import type { AuditAction, CalendarDayKind } from '@zeren/contracts';

/** The working-day calendar: the reference catalogue (en-US has exactly these keys). */
export const zhCN = {
  nav: {
    calendar: '工作日历',
  },
  calendar: {
    year: '年度',
    years: '已有日历的年度',
    noData:
      '{year} 年还没有工作日历数据：完成时限落在该年度的任务将无法计算工作日。请由管理员新增该年度并录入节假日和调休安排。',
    addYear: '新增年度',
    addYearTitle: '新增日历年度',
    yearAdded: '已新增年度',
    exceptions: '节假日与调休',
    exceptionsHint: '只列出与“周一至周五上班、周六周日休息”不同的日期。',
    empty: '本年度没有节假日或调休记录',
    day: '日期',
    weekday: '星期',
    dayType: '类型',
    name: '名称',
    working: '工作日',
    nonWorking: '休息日',
    setDay: '设置日期',
    setDayTitle: '设置工作日或休息日',
    isWorkingDay: '这一天上班',
    namePlaceholder: '如：国庆节、劳动节调休',
    source: '数据来源',
    sourceBuiltIn: '国务院办公厅公布的安排',
    sourceManual: '管理员录入',
    readOnly: '您可以查看工作日历；修改需要“日历管理”权限。',
    recordYear: '日历年度',
    recordDay: '日历日期',
  },
  calendarKind: {
    holiday: '节假日',
    adjusted_workday: '调休上班',
    override: '人工调整',
  } satisfies Record<CalendarDayKind, string>,
  weekday: {
    '0': '周日',
    '1': '周一',
    '2': '周二',
    '3': '周三',
    '4': '周四',
    '5': '周五',
    '6': '周六',
  },
  auditAction: {
    'calendar.year_added': '新增日历年度',
    'calendar.day_set': '调整工作日',
  } satisfies Partial<Record<AuditAction, string>>,
};

export type CalendarMessages = typeof zhCN;
