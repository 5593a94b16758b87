import { formatDate } from '../../lib/format';
import { useI18n } from '../i18n';

/** 立行立改: what the unit did about a suggestion, dated, beside its answer. */
export function SuggestionActions({ actions }: { actions: { date: string; text: string }[] }) {
  const { t, locale } = useI18n();
  if (actions.length === 0) return null;
  return (
    <div className="answer" data-testid="suggestion-actions">
      <h3>{t('answers.actions')}</h3>
      <ul className="suggestion-actions">
        {actions.map((a, i) => (
          // Entries have no id on the portal; their order is fixed (oldest first).
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={i}>
            <span className="muted small">{formatDate(a.date, locale)}</span>
            <p className="pre-line">{a.text}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
