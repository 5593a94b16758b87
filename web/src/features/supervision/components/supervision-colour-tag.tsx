import { StatusTag, type Tone } from '../../../components/status-tag';
import { useT } from '../../../i18n/use-t';
import type { SupervisionColour } from '../types';
import './supervision.css';

const TONES: Record<SupervisionColour, Tone> = {
  none: 'default',
  blue: 'processing',
  yellow: 'warning',
  red: 'error',
};

/** A dot in the colour and its name — 蓝色提醒, 黄色预警, 红色督办 — never the colour alone. */
export function ColourDot({ colour }: { colour: SupervisionColour }) {
  return <span className={`supervision-dot supervision-dot-${colour}`} aria-hidden="true" />;
}

/** The item's colour today (三色督办), as a tag with a dot and the colour's name. */
export function SupervisionColourTag({ colour }: { colour: SupervisionColour }) {
  const t = useT();
  return (
    <StatusTag tone={TONES[colour]} data-testid="supervision-colour" data-colour={colour}>
      <ColourDot colour={colour} />
      {t.supervisionColour[colour]}
    </StatusTag>
  );
}
