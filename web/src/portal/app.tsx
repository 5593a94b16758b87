import { useEffect, useRef } from 'react';
import { I18nProvider, useI18n } from './i18n';
import type { MessageKey } from './i18n/zh-CN';
import { AnswersPage } from './pages/answers-page';
import { EvaluatePage } from './pages/evaluate-page';
import { EvaluationRoundPage } from './pages/evaluation-round-page';
import { ExemplarsPage } from './pages/exemplars-page';
import { ItemPage } from './pages/item-page';
import { ListsPage } from './pages/lists-page';
import { NoticePage, NoticesPage } from './pages/notices-page';
import { OpenDataPage, ProgressPage } from './pages/open-data-page';
import { OverviewPage } from './pages/overview-page';
import { ReportPage } from './pages/report-page';
import { ReportStatusPage } from './pages/report-status-page';
import { SpotCheckPage, SpotChecksPage } from './pages/spot-checks-page';
import { CommitmentsPage, StatementPage, StatementsPage } from './pages/statements-page';
import { SuggestPage } from './pages/suggest-page';
import { TrackPage } from './pages/track-page';
import { Link, matchRoute, type Route, useLocation } from './router';
import { useCampaign } from './use-fetch';

const NAV: { to: string; label: MessageKey; pages: Route['page'][] }[] = [
  { to: '/', label: 'nav.overview', pages: ['overview'] },
  { to: '/lists', label: 'nav.lists', pages: ['lists', 'item'] },
  // Tracking a suggestion is a tab of its own under the menu (SuggestionBar): the entries keep two rows on a phone.
  { to: '/suggest', label: 'nav.suggest', pages: ['suggest', 'track'] },
  { to: '/answers', label: 'nav.answers', pages: ['answers'] },
  { to: '/spot-checks', label: 'nav.spotChecks', pages: ['spotChecks', 'spotCheck'] },
  { to: '/notices', label: 'nav.notices', pages: ['notices', 'notice'] },
  // The commitments are a tab of their own under the menu (StatementsBar).
  { to: '/statements', label: 'nav.statements', pages: ['statements', 'statement', 'commitments'] },
  // 评责: the public evaluation of units, and the exemplars.
  { to: '/evaluate', label: 'nav.evaluate', pages: ['evaluate', 'evaluationRound'] },
  { to: '/exemplars', label: 'nav.exemplars', pages: ['exemplars'] },
  // 数据公开: the figures and the downloads, two tabs under the menu (OpenDataBar).
  { to: '/progress', label: 'nav.openData', pages: ['progress', 'openData'] },
];

/** Pages whose title is more precise than their menu entry's. */
const PAGE_TITLES: Partial<Record<Route['page'], MessageKey>> = {
  track: 'nav.track',
  report: 'report.tabNew',
  reportStatus: 'report.tabStatus',
  commitments: 'statements.tabCommitments',
  progress: 'progress.title',
  openData: 'openData.title',
};

export function PortalApp() {
  return (
    <I18nProvider>
      <Shell />
    </I18nProvider>
  );
}

function Shell() {
  const { t, locale, setLocale } = useI18n();
  const { pathname } = useLocation();
  const route = matchRoute(pathname);
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  useEffect(() => {
    const label = PAGE_TITLES[route.page] ?? NAV.find((n) => n.pages.includes(route.page))?.label;
    document.title = `${t(label ?? 'notFound.title')} · ${t('app.title')} · ${t('app.name')}`;
    document.querySelector('meta[name="description"]')?.setAttribute('content', t('app.description'));
  }, [route.page, t]);
  // After a navigation, move focus to the new page so screen readers announce it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every path change.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [pathname]);

  return (
    <>
      <a href="#main" className="skip-link">
        {t('app.skip')}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link to="/" className="brand">
            <span className="brand-mark" aria-hidden="true">
              责
            </span>
            <span className="brand-text">
              <span className="brand-title">{t('app.title')}</span>
              <span className="brand-subtitle">{t('app.subtitle')}</span>
            </span>
          </Link>
          <button
            type="button"
            className="lang-switch"
            lang={locale === 'zh-CN' ? 'en' : 'zh-CN'}
            aria-label={t('lang.switchLabel')}
            onClick={() => setLocale(locale === 'zh-CN' ? 'en-US' : 'zh-CN')}
            data-testid="portal-lang"
          >
            {t('lang.switch')}
          </button>
        </div>
        <nav aria-label={t('nav.label')} className="site-nav">
          <ul>
            {NAV.map((n) => {
              const active = n.pages.includes(route.page);
              return (
                <li key={n.to}>
                  <Link
                    to={n.to}
                    aria-current={active ? 'page' : undefined}
                    data-testid={`portal-nav-${n.to.slice(1) || 'overview'}`}
                  >
                    {t(n.label)}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        <ReportBar page={route.page} />
        {(route.page === 'suggest' || route.page === 'track') && <SuggestionBar page={route.page} />}
        {(route.page === 'statements' || route.page === 'statement' || route.page === 'commitments') && (
          <StatementsBar page={route.page} />
        )}
        {(route.page === 'progress' || route.page === 'openData') && <OpenDataBar page={route.page} />}
      </header>
      <main id="main" ref={main} tabIndex={-1} className="site-main">
        <Page route={route} />
      </main>
      <Footer />
    </>
  );
}

/** Two related pages as tabs under the menu (whose entries keep two rows on a phone), the active one marked. */
function SubBar({
  page,
  label,
  title,
  tabs,
}: {
  page: Route['page'];
  label: MessageKey;
  title: MessageKey;
  tabs: { to: string; page: Route['page']; label: MessageKey; testId: string }[];
}) {
  const { t } = useI18n();
  return (
    <nav aria-label={t(label)} className="report-bar">
      <div className="report-bar-inner">
        <span className="report-bar-label">{t(title)}</span>
        {tabs.map((tab) => (
          <Link
            key={tab.to}
            to={tab.to}
            aria-current={page === tab.page ? 'page' : undefined}
            data-testid={tab.testId}
          >
            {t(tab.label)}
          </Link>
        ))}
      </div>
    </nav>
  );
}

/** 我要举报 and 举报查询, on every page. */
function ReportBar({ page }: { page: Route['page'] }) {
  return (
    <SubBar
      page={page}
      label="report.tabsLabel"
      title="overview.reportTitle"
      tabs={[
        { to: '/report', page: 'report', label: 'report.tabNew', testId: 'portal-nav-report' },
        {
          to: '/report/status',
          page: 'reportStatus',
          label: 'report.tabStatus',
          testId: 'portal-nav-report-status',
        },
      ]}
    />
  );
}

/** 提建议 and 查进度, on the suggestion pages. */
function SuggestionBar({ page }: { page: Route['page'] }) {
  return (
    <SubBar
      page={page}
      label="suggest.tabsLabel"
      title="suggest.tabsTitle"
      tabs={[
        { to: '/suggest', page: 'suggest', label: 'nav.suggest', testId: 'portal-tab-suggest' },
        { to: '/track', page: 'track', label: 'nav.track', testId: 'portal-nav-track' },
      ]}
    />
  );
}

/** 述责报告 and 承诺事项, on the 述责 pages. */
function StatementsBar({ page }: { page: Route['page'] }) {
  return (
    <SubBar
      page={page === 'statement' ? 'statements' : page}
      label="statements.tabsLabel"
      title="statements.tabsTitle"
      tabs={[
        {
          to: '/statements',
          page: 'statements',
          label: 'statements.tabStatements',
          testId: 'portal-tab-statements',
        },
        {
          to: '/commitments',
          page: 'commitments',
          label: 'statements.tabCommitments',
          testId: 'portal-nav-commitments',
        },
      ]}
    />
  );
}

/** 工作进展 and 数据下载, on the open data pages. */
function OpenDataBar({ page }: { page: Route['page'] }) {
  return (
    <SubBar
      page={page}
      label="openData.tabsLabel"
      title="openData.tabsTitle"
      tabs={[
        { to: '/progress', page: 'progress', label: 'openData.tabProgress', testId: 'portal-tab-progress' },
        { to: '/open-data', page: 'openData', label: 'openData.tabDatasets', testId: 'portal-nav-open-data' },
      ]}
    />
  );
}

/**
 * Who runs the portal (the campaign's government, from GET /api/portal/campaign) and what
 * becomes of a visitor's details. Its lines keep their height while the campaign loads, and
 * the page above it is at least a screen tall: nothing moves when the data arrives.
 */
function Footer() {
  const { t } = useI18n();
  const campaign = useCampaign();
  const unit = campaign.data?.unitName;
  return (
    <footer className="site-footer">
      <p className="footer-owner" data-testid="portal-owner">
        {unit ? t('footer.owner', { unit }) : t('footer.ownerPending')}
      </p>
      <p>{t('footer.privacy')}</p>
    </footer>
  );
}

function Page({ route }: { route: Route }) {
  const { t } = useI18n();
  switch (route.page) {
    case 'overview':
      return <OverviewPage />;
    case 'lists':
      return <ListsPage />;
    case 'item':
      return <ItemPage id={route.id} />;
    case 'suggest':
      return <SuggestPage />;
    case 'track':
      return <TrackPage code={route.code} />;
    case 'answers':
      return <AnswersPage />;
    case 'report':
      return <ReportPage />;
    case 'reportStatus':
      return <ReportStatusPage />;
    case 'spotChecks':
      return <SpotChecksPage />;
    case 'spotCheck':
      return <SpotCheckPage id={route.id} />;
    case 'notices':
      return <NoticesPage />;
    case 'notice':
      return <NoticePage id={route.id} />;
    case 'statements':
      return <StatementsPage />;
    case 'statement':
      return <StatementPage id={route.id} />;
    case 'commitments':
      return <CommitmentsPage />;
    case 'evaluate':
      return <EvaluatePage />;
    case 'evaluationRound':
      return <EvaluationRoundPage key={route.id} id={route.id} />;
    case 'exemplars':
      return <ExemplarsPage />;
    case 'progress':
      return <ProgressPage />;
    case 'openData':
      return <OpenDataPage />;
    default:
      return (
        <>
          <h1>{t('notFound.title')}</h1>
          <p>
            <Link to="/">{t('notFound.back')}</Link>
          </p>
        </>
      );
  }
}
