import type { Locale } from '@zeren/contracts';
import { ConfigProvider, type ConfigProviderProps, type ThemeConfig } from 'antd';
import antdEnUS from 'antd/locale/en_US';
import antdZhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { useLocale } from '../i18n/use-t';

const antdLocales: Record<Locale, ConfigProviderProps['locale']> = { 'zh-CN': antdZhCN, 'en-US': antdEnUS };

/**
 * Keyboard focus and the field being edited: a neutral slate blue, not the brand red, which
 * reads as an error next to validation messages. 6.1:1 against white, 5.6:1 against the page
 * grey (WCAG 1.4.11 asks 3:1).
 * styles.css uses the same colour where antd draws no outline of its own.
 */
export const FOCUS = '#486581';
const FOCUS_HOVER = '#627d98';
const FOCUS_RING = 'rgba(72, 101, 129, 0.2)';
const fieldFocus = {
  activeBorderColor: FOCUS,
  hoverBorderColor: FOCUS_HOVER,
  activeShadow: `0 0 0 2px ${FOCUS_RING}`,
};

// Greys, links and the error red darkened from antd's defaults to reach WCAG AA contrast (4.5:1).
const theme: ThemeConfig = {
  token: {
    colorPrimary: '#b91c1c',
    // antd draws focus outlines (buttons, tabs, menus, links) in colorPrimaryBorder.
    colorPrimaryBorder: FOCUS,
    controlOutline: FOCUS_RING,
    borderRadius: 6,
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    colorLink: '#0958d9',
    colorError: '#cf1322',
  },
  components: {
    Input: fieldFocus,
    InputNumber: fieldFocus,
    DatePicker: fieldFocus,
    Mentions: fieldFocus,
    // Also the selectors of TreeSelect and Cascader, which are drawn by Select's styles.
    Select: { ...fieldFocus, activeOutlineColor: FOCUS_RING },
  },
};

/**
 * antd's theme and language, around everything drawn with antd: the signed-in shell and the
 * error page. The sign-in page has no antd at all (it loads first and alone).
 */
export function AntdProvider({ children }: { children: ReactNode }) {
  const locale = useLocale();
  return (
    <ConfigProvider locale={antdLocales[locale]} theme={theme}>
      {children}
    </ConfigProvider>
  );
}
