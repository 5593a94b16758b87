import { Tag, type TagProps } from 'antd';

export type Tone = 'default' | 'processing' | 'success' | 'warning' | 'error' | 'purple';

/**
 * antd's preset tag colours are too light on their tinted backgrounds for WCAG AA (axe
 * color-contrast): the text takes the darker shade of the same hue.
 */
const TEXT: Record<Tone, string | undefined> = {
  default: undefined,
  processing: '#003eb3',
  success: '#135200',
  warning: '#873800',
  error: '#a8071a',
  purple: '#391085',
};

/** A status label in one of a few tones, readable on its background. */
export function StatusTag({ tone, style, ...props }: Omit<TagProps, 'color'> & { tone: Tone }) {
  return (
    <Tag color={tone === 'default' ? undefined : tone} style={{ color: TEXT[tone], ...style }} {...props} />
  );
}
