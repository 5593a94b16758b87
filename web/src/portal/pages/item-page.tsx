import type { PublicDutyItem, PublicDutyItemVersion } from '@zeren/contracts';
import { formatDate } from '../../lib/format';
import { LoadError, Loading } from '../components/status';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/zh-CN';
import { categoryLabel } from '../labels';
import { Link } from '../router';
import { useFetch } from '../use-fetch';

const CONTENT_FIELDS = [
  'legalBasis',
  'implementingBody',
  'handlingOffice',
  'responsibilities',
  'accountabilityConditions',
  'accountabilityBasis',
  'remarks',
] as const satisfies readonly (keyof PublicDutyItemVersion)[];

/** (b) One published item with its content and the versions published before. */
export function ItemPage({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const { data, error, loading, reload } = useFetch<{
    item: PublicDutyItem;
    history: PublicDutyItemVersion[];
  }>(`/duty-items/${encodeURIComponent(id)}`);
  const back = (
    <p>
      <Link to="/lists" className="back-link">
        ← {t('common.back')}
      </Link>
    </p>
  );
  if (loading && !data) return <Loading />;
  if (error?.status === 404 || error?.status === 400)
    return (
      <>
        {back}
        <p className="notice">{t('item.notFound')}</p>
      </>
    );
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!data) return null;
  const { item, history } = data;
  const older = history.filter((v) => v.version !== item.version);
  return (
    <>
      {back}
      <header className="page-header">
        <p className="eyebrow">
          {t(item.kind === 'power' ? 'kind.power' : 'kind.duty')} · {item.unitName}
        </p>
        <h1>{item.name}</h1>
        <p className="tags">
          {item.category ? <span className="tag">{categoryLabel(item.category, locale)}</span> : null}
          <span className="tag tag-plain">{t('item.version', { version: item.version })}</span>
        </p>
      </header>
      <VersionFields version={item} code={item.code} />
      <section aria-labelledby="history-heading" className="section">
        <h2 id="history-heading">{t('item.history')}</h2>
        {older.length === 0 ? <p className="muted">{t('item.historyEmpty')}</p> : null}
        <ol className="history" reversed>
          {older
            .sort((a, b) => b.version - a.version)
            .map((v) => (
              <li key={v.version} className="card">
                <details>
                  <summary>
                    {t('item.version', { version: v.version })} · {v.name}
                    {v.publishedAt ? ` · ${formatDate(v.publishedAt, locale)}` : ''}
                  </summary>
                  <VersionFields version={v} />
                </details>
              </li>
            ))}
        </ol>
      </section>
    </>
  );
}

function VersionFields({ version, code }: { version: PublicDutyItemVersion; code?: string }) {
  const { t, locale } = useI18n();
  return (
    <dl className="fields">
      {code ? (
        <div>
          <dt>{t('item.code')}</dt>
          <dd>{code}</dd>
        </div>
      ) : null}
      {CONTENT_FIELDS.filter((f) => version[f]).map((f) => (
        <div key={f}>
          <dt>{t(`item.${f}` as MessageKey)}</dt>
          <dd className="pre-line">{version[f]}</dd>
        </div>
      ))}
      {version.publishedAt ? (
        <div>
          <dt>{t('item.publishedAt')}</dt>
          <dd>{formatDate(version.publishedAt, locale)}</dd>
        </div>
      ) : null}
    </dl>
  );
}
