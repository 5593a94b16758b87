import type { PublicEvaluationRound } from '@zeren/contracts';
import { EMPTY } from '../../lib/format';
import { useI18n } from '../i18n';
import { formatScore, sortRanking } from './ballot';

type Category = NonNullable<PublicEvaluationRound['results']>[number];

/**
 * A published round's results: per category, the best three and the last three named, then the
 * ranking — rank, unit, weighted score (two decimals), valid ballots. Shown only once the office
 * has published them (an open round's counts are never shown).
 */
export function EvaluationResults({ categories }: { categories: Category[] }) {
  const { t } = useI18n();
  return (
    <div className="eval-results" data-testid="eval-results">
      {categories.length === 0 ? <p className="notice">{t('evaluate.noResults')}</p> : null}
      {categories.map((category) => (
        <CategoryResults key={category.key} category={category} />
      ))}
    </div>
  );
}

function CategoryResults({ category }: { category: Category }) {
  const { t, locale } = useI18n();
  const id = `eval-results-${category.key}`;
  const separator = t('evaluate.separator');
  return (
    <section className="section card" aria-labelledby={id} data-testid={id}>
      <h2 id={id}>{category.name}</h2>
      {category.top.length > 0 || category.bottom.length > 0 ? (
        <dl className="podium">
          {category.top.length > 0 ? (
            <div className="podium-top">
              <dt>{t('evaluate.top')}</dt>
              <dd data-testid="eval-top">{category.top.join(separator)}</dd>
            </div>
          ) : null}
          {category.bottom.length > 0 ? (
            <div className="podium-bottom">
              <dt>{t('evaluate.bottom')}</dt>
              <dd data-testid="eval-bottom">{category.bottom.join(separator)}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      <table className="ranking">
        <caption className="visually-hidden">{t('evaluate.rankingOf', { category: category.name })}</caption>
        <thead>
          <tr>
            <th scope="col" className="ranking-rank">
              {t('evaluate.rank')}
            </th>
            <th scope="col">{t('evaluate.unit')}</th>
            <th scope="col" className="ranking-number">
              {t('evaluate.scoreColumn')}
            </th>
            <th scope="col" className="ranking-number">
              {t('evaluate.validBallots')}
            </th>
          </tr>
        </thead>
        <tbody>
          {sortRanking(category.results).map((r) => (
            // Units appear once per category; the name is the row's key.
            <tr key={r.unitName} data-testid="eval-result-row">
              <td className="ranking-rank">{r.rank ?? EMPTY}</td>
              <th scope="row" className="ranking-unit">
                {r.unitName}
              </th>
              <td className="ranking-number">{formatScore(r.score, locale) ?? EMPTY}</td>
              <td className="ranking-number">{r.validBallots}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
