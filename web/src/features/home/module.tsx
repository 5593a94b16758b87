import { HomeOutlined } from '@ant-design/icons';
import type { WebModule } from '../../app/module';
import { enUS } from './i18n/en-US';
import { type HomeMessages, zhCN } from './i18n/zh-CN';

/** The landing page after sign-in. */
export const homeModule: WebModule<HomeMessages> = {
  name: 'home',
  messages: { 'zh-CN': zhCN, 'en-US': enUS },
  records: [{ type: 'demo', label: (t) => t.home.demo }],
  pages: [
    {
      path: '/',
      menu: { icon: <HomeOutlined />, label: 'home', testId: 'nav-home', order: 0 },
      load: async () => (await import('./pages/home-page')).HomePage,
    },
  ],
};
