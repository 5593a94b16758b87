import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Flex,
  Grid,
  Space,
  Table,
  type TableColumnsType,
  type TableProps,
  Typography,
} from 'antd';
import type { ReactNode } from 'react';
import { useEffect, useRef } from 'react';
import { format } from '../i18n/format';
import { useLocale, useT } from '../i18n/use-t';
import { EMPTY, formatCount, formatTotal } from '../lib/format';
import { type PagedList, TABLE_PAGE_SIZE } from '../lib/use-paged-list';
import { ListExportButton, type ListExportTarget } from './list-export-button';

/**
 * A list the page holds whole (a campaign's domains, a year's days) pages 20 rows at a time in the
 * browser, with no page-size switcher and no pager for a single page. Lists the server pages use
 * the `pager` of ListTable instead.
 */
export const LIST_PAGINATION = {
  pageSize: TABLE_PAGE_SIZE,
  hideOnSinglePage: true,
  showSizeChanger: false,
} as const;

/** The width a column without one is given when the table works out its smallest width. */
const COLUMN_MIN_WIDTH = 112;

type ListTableProps<T> = TableProps<T> & {
  cardTitle?: ReactNode;
  cardExtra?: ReactNode;
  /**
   * A list the server pages (usePagedList): the table shows its page's rows, and under them the
   * total, the page number and Previous / Next.
   */
  pager?: PagedList<T>;
  /**
   * The list's Excel export and its current filters: an 导出 Excel button in the card's header,
   * which downloads every row under those filters (not only the page shown).
   */
  exportList?: ListExportTarget;
};

const isBlank = (value: unknown) =>
  value === null ||
  value === undefined ||
  value === '' ||
  value === false ||
  (Array.isArray(value) && value.length === 0);

/**
 * The columns as every list shows them: a blank cell reads "—" like every other blank value
 * (not in the actions column, where nothing means no action), and the actions column stays in
 * view at the right edge when the table scrolls sideways.
 */
export function listColumns<T>(columns: TableColumnsType<T> = []): TableColumnsType<T> {
  return columns.map((column) => {
    if ('children' in column) return column;
    if (column.key === 'actions') return { fixed: 'right' as const, ...column };
    const { render } = column;
    return {
      ...column,
      render: (value: unknown, record: T, index: number) => {
        const shown = render ? render(value, record, index) : value;
        return isBlank(shown) ? EMPTY : (shown as ReactNode);
      },
    };
  });
}

type Screens = ReturnType<typeof Grid.useBreakpoint>;

/**
 * The smallest width the columns shown on this screen fit in: their widths, and a common
 * minimum for the others.
 */
function minWidth<T>(columns: TableColumnsType<T>, screens: Screens): number {
  const shown = columns.filter((column) => !column.responsive || column.responsive.some((bp) => screens[bp]));
  return shown.reduce((sum, column) => {
    const width = Number(column.width ?? column.minWidth ?? COLUMN_MIN_WIDTH);
    return sum + (Number.isFinite(width) ? width : COLUMN_MIN_WIDTH);
  }, 0);
}

/**
 * A list in a card, as every list page shows one: keyed by id (unless told otherwise), paged
 * like the others (unless told otherwise). It takes
 * the card's width and wraps long text (it never runs off the page at 1280 px); only when the
 * card is narrower than its columns' smallest width (a phone) does it scroll sideways inside
 * the card, its actions column staying in view.
 */
export function ListTable<T extends object>({
  cardTitle,
  cardExtra,
  columns,
  pager,
  exportList,
  ...table
}: ListTableProps<T>) {
  const shown = listColumns(columns);
  const screens = Grid.useBreakpoint();
  const card = useRef<HTMLDivElement>(null);
  // A table that scrolls sideways must be reachable from the keyboard (WCAG 2.1.1): its
  // scrolling region takes the focus, and arrow keys scroll it.
  useEffect(() => {
    for (const region of card.current?.querySelectorAll<HTMLElement>('.ant-table-content') ?? []) {
      if (region.scrollWidth > region.clientWidth) region.tabIndex = 0;
      else region.removeAttribute('tabindex');
    }
  });
  // A server-paged list: its page's rows, and the pager in the table's footer (under the rows,
  // inside the table, so that it goes with the table's test id and never scrolls sideways).
  const paged = pager
    ? {
        dataSource: pager.items,
        loading: pager.isFetching,
        // Said to assistive technology while a page loads (on the <table> element), and what a
        // browser test waits on before it clicks a row the loading page is about to replace.
        'aria-busy': pager.isFetching,
        pagination: false as const,
        footer: () => <ListPager pager={pager} />,
      }
    : {};
  const extra = exportList ? (
    <Space wrap>
      {cardExtra}
      <ListExportButton target={exportList} />
    </Space>
  ) : (
    cardExtra
  );
  return (
    <Card ref={card} size="small" className="table-card" title={cardTitle} extra={extra}>
      <Table<T>
        rowKey="id"
        size="middle"
        tableLayout="auto"
        scroll={{ x: minWidth(shown, screens) }}
        pagination={LIST_PAGINATION}
        columns={shown}
        {...paged}
        {...table}
      />
    </Card>
  );
}

/**
 * Under a server-paged table: how many rows the filters match, the page shown, and Previous /
 * Next (keyset paging goes one page at a time: it cannot jump to page N).
 */
export function ListPager<T>({ pager }: { pager: PagedList<T> }) {
  const t = useT();
  const locale = useLocale();
  const screens = Grid.useBreakpoint();
  // On a phone the buttons show their arrows only (their names stay their accessible names).
  const compact = screens.sm === false;
  const busy = pager.isPlaceholderData;
  const total = pager.total;
  return (
    <Flex
      component="nav"
      aria-label={t.pager.label}
      justify="space-between"
      align="center"
      gap="small"
      wrap
      className="list-pager"
      data-testid="list-pager"
      data-page={pager.page}
    >
      <Typography.Text
        type="secondary"
        data-testid="list-total"
        data-total={total}
        data-total-exact={pager.totalExact}
        title={
          total !== undefined && !pager.totalExact
            ? format(t.pager.totalAtLeastHint, { count: formatCount(total, locale) })
            : undefined
        }
      >
        {total === undefined ? '\u00a0' : formatTotal(t.pager, total, pager.totalExact, locale)}
      </Typography.Text>
      <Flex align="center" gap="small">
        <Button
          size="small"
          icon={<LeftOutlined />}
          disabled={!pager.hasPrevious || busy}
          onClick={pager.previous}
          aria-label={t.pager.previous}
          data-testid="list-pager-prev"
        >
          {compact ? null : t.pager.previous}
        </Button>
        <Typography.Text data-testid="list-pager-page">
          {format(t.pager.page, { page: formatCount(pager.page, locale) })}
        </Typography.Text>
        <Button
          size="small"
          icon={<RightOutlined />}
          iconPlacement="end"
          disabled={!pager.hasNext || busy}
          onClick={pager.next}
          aria-label={t.pager.next}
          data-testid="list-pager-next"
        >
          {compact ? null : t.pager.next}
        </Button>
      </Flex>
    </Flex>
  );
}
