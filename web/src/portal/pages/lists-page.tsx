import type { PublicDutyItem } from '@zeren/contracts';
import { type FormEvent, useId } from 'react';
import { Pagination } from '../components/pagination';
import { LoadError, Loading } from '../components/status';
import { useI18n } from '../i18n';
import { CATEGORIES, categoryLabel } from '../labels';
import { Link, navigate, useLocation } from '../router';
import { useFetch } from '../use-fetch';

const PAGE_SIZE = 10;

/** (b) Search the published power and responsibility lists by keyword, unit, category and kind. */
export function ListsPage() {
  const { t } = useI18n();
  const { search } = useLocation();
  const filters = {
    q: search.get('q') ?? '',
    unitId: search.get('unitId') ?? '',
    category: search.get('category') ?? '',
    kind: search.get('kind') ?? '',
  };
  const page = Math.max(1, Number(search.get('page')) || 1);
  const result = useFetch<{ items: PublicDutyItem[]; total: number }>('/duty-items', {
    ...filters,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });

  const go = (next: Record<string, string>) => {
    const params = new URLSearchParams(Object.entries(next).filter(([, v]) => v !== ''));
    const text = params.toString();
    navigate(`/lists${text ? `?${text}` : ''}`);
  };

  return (
    <>
      <header className="page-header">
        <h1>{t('lists.title')}</h1>
        <p className="muted">{t('lists.intro')}</p>
      </header>
      <SearchForm key={JSON.stringify(filters)} initial={filters} onSearch={(f) => go({ ...f, page: '' })} />
      <section aria-labelledby="results-heading" className="section">
        <h2 id="results-heading" className="visually-hidden">
          {t('lists.results', { total: result.data?.total ?? 0 })}
        </h2>
        {result.loading && !result.data ? <Loading /> : null}
        {result.error ? <LoadError error={result.error} onRetry={result.reload} /> : null}
        {result.data ? (
          <>
            <p className="muted" aria-live="polite" data-testid="list-total">
              {t('lists.results', { total: result.data.total })}
            </p>
            {result.data.items.length === 0 ? <p className="notice">{t('lists.empty')}</p> : null}
            <ul className="result-list" data-testid="duty-results">
              {result.data.items.map((item) => (
                <ItemSummary key={item.id} item={item} />
              ))}
            </ul>
            <Pagination
              page={page}
              pageSize={PAGE_SIZE}
              total={result.data.total}
              onPage={(p) => go({ ...filters, page: String(p) })}
            />
          </>
        ) : null}
      </section>
    </>
  );
}

type Filters = { q: string; unitId: string; category: string; kind: string };

function SearchForm({ initial, onSearch }: { initial: Filters; onSearch(filters: Filters): void }) {
  const { t, locale } = useI18n();
  const units = useFetch<{ items: { id: string; name: string }[] }>('/units');
  const id = useId();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (name: string) => String(data.get(name) ?? '').trim();
    onSearch({ q: value('q'), unitId: value('unitId'), category: value('category'), kind: value('kind') });
  };
  return (
    <search>
      <form className="search-form" onSubmit={submit} aria-label={t('lists.filters')}>
        <div className="search-row">
          <label htmlFor={`${id}-q`} className="visually-hidden">
            {t('lists.search')}
          </label>
          <input
            id={`${id}-q`}
            name="q"
            type="search"
            defaultValue={initial.q}
            placeholder={t('lists.searchPlaceholder')}
            maxLength={100}
            data-testid="list-search"
          />
          <button type="submit" className="button" data-testid="list-search-submit">
            {t('lists.searchButton')}
          </button>
        </div>
        <div className="filter-grid">
          <div className="field">
            <label htmlFor={`${id}-unit`}>{t('lists.unit')}</label>
            <select id={`${id}-unit`} name="unitId" defaultValue={initial.unitId}>
              <option value="">{t('lists.all')}</option>
              {(units.data?.items ?? []).map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-category`}>{t('lists.category')}</label>
            <select id={`${id}-category`} name="category" defaultValue={initial.category}>
              <option value="">{t('lists.all')}</option>
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {categoryLabel(c, locale)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-kind`}>{t('lists.kind')}</label>
            <select id={`${id}-kind`} name="kind" defaultValue={initial.kind}>
              <option value="">{t('lists.all')}</option>
              <option value="power">{t('kind.power')}</option>
              <option value="duty">{t('kind.duty')}</option>
            </select>
          </div>
        </div>
      </form>
    </search>
  );
}

function ItemSummary({ item }: { item: PublicDutyItem }) {
  const { t, locale } = useI18n();
  return (
    <li className="card result">
      <h3>
        <Link to={`/lists/${item.id}`}>{item.name}</Link>
      </h3>
      <p className="tags">
        <span className="tag">{t(item.kind === 'power' ? 'kind.power' : 'kind.duty')}</span>
        {item.category ? <span className="tag">{categoryLabel(item.category, locale)}</span> : null}
        <span className="tag tag-plain">{t('item.version', { version: item.version })}</span>
      </p>
      <p className="muted">
        {item.unitName} · {item.code}
      </p>
    </li>
  );
}
