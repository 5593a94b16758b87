import { GlobalOutlined } from '@ant-design/icons';
import type { Locale } from '@zeren/contracts';
import { Button } from 'antd';
import { format } from '../../../i18n/format';
import { useLocale, useT } from '../../../i18n/use-t';
import { useChangeLocale } from '../api/update-preferences';

const OTHER: Record<Locale, Locale> = { 'zh-CN': 'en-US', 'en-US': 'zh-CN' };

/**
 * Toggles between the two interface languages; the button names the language it switches to
 * (compact, on a phone's header: by its short name, so the title keeps its room).
 */
export function LangSwitch({
  type = 'text',
  compact = false,
}: {
  type?: 'text' | 'default';
  compact?: boolean;
}) {
  const t = useT();
  const locale = useLocale();
  const changeLocale = useChangeLocale();
  const next = OTHER[locale];
  return (
    <Button
      type={type}
      icon={<GlobalOutlined />}
      data-testid="lang-switch"
      aria-label={format(t.common.labelValue, { label: t.lang.label, value: t.lang[next] })}
      lang={next}
      onClick={() => void changeLocale(next)}
    >
      {compact ? t.langShort[next] : t.lang[next]}
    </Button>
  );
}
