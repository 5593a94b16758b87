import { CalendarOutlined } from '@ant-design/icons';
import type { WebModule } from '../../app/module';
import { calendarDayRecord, calendarYearRecord } from './history';
import { enUS } from './i18n/en-US';
import { type CalendarMessages, zhCN } from './i18n/zh-CN';

/** 工作日历: everyone signed in reads it (deadlines count working days); calendar.manage changes it. */
export const calendarModule: WebModule<CalendarMessages> = {
  name: 'calendar',
  messages: { 'zh-CN': zhCN, 'en-US': enUS },
  records: [calendarYearRecord, calendarDayRecord],
  pages: [
    {
      path: '/calendar',
      menu: { icon: <CalendarOutlined />, label: 'calendar', testId: 'nav-calendar', order: 30 },
      load: async () => (await import('./pages/calendar-page')).CalendarPage,
    },
  ],
};
