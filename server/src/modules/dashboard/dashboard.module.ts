import type { ServerModule } from '../../platform/module';
import { dashboardMessages } from './dashboard.messages';
import { dashboardRoutes } from './dashboard.routes';

/**
 * 领导驾驶舱: the leader and office dashboard. It counts nothing itself: the modules that own the
 * records register their figures (`ServerModule.figures`), and this module joins them.
 */
export const dashboardModule: ServerModule = {
  name: 'dashboard',
  messages: dashboardMessages,
  routes: dashboardRoutes,
};
