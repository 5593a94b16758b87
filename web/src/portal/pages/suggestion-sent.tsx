import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n';
import { Link } from '../router';

/** The tracking code, prominent, with a copy button and the way to follow it up. */
export function SuggestionSent({ code, onAnother }: { code: string; onAnother(): void }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied(true);
    } catch {
      // No clipboard permission: select the code so the visitor can copy it.
      const range = document.createRange();
      const node = document.getElementById('tracking-code');
      if (node) {
        range.selectNodeContents(node);
        window.getSelection()?.removeAllRanges();
        window.getSelection()?.addRange(range);
      }
    }
  };
  return (
    <section className="success" aria-labelledby="sent-heading" data-testid="suggest-done">
      <h1 id="sent-heading" ref={heading} tabIndex={-1}>
        {t('suggest.done')}
      </h1>
      <p>{t('suggest.codeLabel')}</p>
      <p className="tracking-code" id="tracking-code" data-testid="tracking-code">
        {code}
      </p>
      <p className="muted">{t('suggest.codeHint')}</p>
      <div className="actions">
        <button type="button" className="button button-primary" onClick={copy} data-testid="copy-code">
          {t('suggest.copy')}
        </button>
        <span role="status" className="copied">
          {copied ? t('suggest.copied') : ''}
        </span>
      </div>
      <p className="actions">
        <Link to={`/track/${code}`} className="button button-secondary">
          {t('suggest.trackNow')}
        </Link>
        <button type="button" className="button button-link" onClick={onAnother}>
          {t('suggest.another')}
        </button>
      </p>
    </section>
  );
}
