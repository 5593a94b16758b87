import { useMemo } from 'react';
import { safeHtml } from '../lib/safe-html';
import './statement-paper.css';

/**
 * A duty statement drawn as a printed document: its title, a byline (the unit, who signed it,
 * when) and its body. The body is HTML the server sanitised (paragraphs, headings, lists,
 * emphasis, tables; nothing that runs), shown as it is. The staff app and the portal share it.
 */
export function StatementPaper({
  title,
  byline,
  body,
  empty,
  titleAs: Title = 'h2',
  'data-testid': testId,
}: {
  title: string;
  byline?: string | undefined;
  /** Sanitised HTML. */
  body: string;
  /** Shown when the body is empty. */
  empty?: string;
  titleAs?: 'h1' | 'h2' | 'div';
  'data-testid'?: string;
}) {
  const html = useMemo(() => safeHtml(body), [body]);
  return (
    <article className="statement-paper" data-testid={testId}>
      <Title className="sp-title">{title}</Title>
      {byline ? <p className="sp-byline">{byline}</p> : null}
      {html.trim() ? (
        // The server sanitises the body on every save (no script, handler or style), and safeHtml
        // keeps only a document's elements once more.
        // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by the server and by safeHtml.
        <div className="sp-body" dangerouslySetInnerHTML={{ __html: html }} />
      ) : (
        <p className="sp-empty">{empty}</p>
      )}
    </article>
  );
}
