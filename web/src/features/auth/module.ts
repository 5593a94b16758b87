import type { WebModule } from '../../app/module';
import { enUS } from './i18n/en-US';
import { type AuthMessages, zhCN } from './i18n/zh-CN';

/** Signing in and out and the language preference; the sign-in page is part of the shell (`app/router.tsx`). */
export const authModule: WebModule<AuthMessages> = {
  name: 'auth',
  messages: { 'zh-CN': zhCN, 'en-US': enUS },
};
