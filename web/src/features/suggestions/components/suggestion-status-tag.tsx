import { StatusTag, type Tone } from '../../../components/status-tag';
import { useT } from '../../../i18n/use-t';
import type { SuggestionStatus } from '../types';

const COLOURS: Record<SuggestionStatus, Tone> = {
  received: 'processing',
  answered: 'warning',
  published: 'success',
  closed: 'default',
};

export function SuggestionStatusTag({ status }: { status: SuggestionStatus }) {
  const t = useT();
  return (
    <StatusTag tone={COLOURS[status]} data-testid="suggestion-status" data-status={status}>
      {t.suggestionStatus[status]}
    </StatusTag>
  );
}
