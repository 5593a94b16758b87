import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { StatusTag } from '../../../components/status-tag';
import { useLocale, useT } from '../../../i18n/use-t';
import type { CalendarDay } from '../types';
import './month-view.css';

/** Monday first, as Chinese calendars and the State Council's notices count weeks. */
const WEEK = [1, 2, 3, 4, 5, 6, 0] as const;

type Kind = 'working' | 'weekend' | 'holiday' | 'adjusted' | 'off';

/** What a day is: its exception when it has one, else Monday–Friday work and the weekend off. */
function kindOf(date: dayjs.Dayjs, exception: CalendarDay | undefined): Kind {
  const weekend = date.day() === 0 || date.day() === 6;
  if (!exception) return weekend ? 'weekend' : 'working';
  if (exception.kind === 'holiday') return 'holiday';
  if (exception.kind === 'adjusted_workday') return 'adjusted';
  // An administrator's override: a day off, or a working day on a weekend.
  if (!exception.isWorkingDay) return 'off';
  return weekend ? 'adjusted' : 'working';
}

interface MonthViewProps {
  year: number;
  /** 0–11. */
  month: number;
  days: readonly CalendarDay[];
  /** The year's holiday schedule is not entered yet: weekends alone. */
  provisional: boolean;
  today: string;
  loading?: boolean;
  onMonthChange: (year: number, month: number) => void;
}

/**
 * One month at a glance: working days, weekends, holidays (休) and adjusted workdays (班), with
 * the holiday names; today outlined. The provisional year's days are marked 暂定.
 */
export function MonthView({ year, month, days, provisional, today, loading, onMonthChange }: MonthViewProps) {
  const t = useT();
  const locale = useLocale();
  const separator = locale === 'zh-CN' ? '，' : ', ';
  const first = dayjs(new Date(year, month, 1));
  const byDay = useMemo(() => new Map(days.map((day) => [day.day, day])), [days]);
  const weeks = useMemo(() => {
    const lead = (first.day() + 6) % 7;
    const cells: { key: string; date: dayjs.Dayjs | null }[] = [
      ...Array.from({ length: lead }, (_, n) => ({ key: `lead-${n}`, date: null })),
      ...Array.from({ length: first.daysInMonth() }, (_, n) => {
        const date = first.add(n, 'day');
        return { key: date.format('YYYY-MM-DD'), date };
      }),
    ];
    for (let n = 0; cells.length % 7 !== 0; n++) cells.push({ key: `trail-${n}`, date: null });
    return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
  }, [first]);

  const move = (delta: number) => {
    const next = first.add(delta, 'month');
    onMonthChange(next.year(), next.month());
  };
  const title = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long' }).format(
    new Date(year, month, 15),
  );
  const labels: Record<Kind, string> = {
    working: t.calendar.working,
    weekend: t.calendar.weekend,
    holiday: t.calendarKind.holiday,
    adjusted: t.calendarKind.adjusted_workday,
    off: t.calendar.nonWorking,
  };

  const card = (
    <Card
      size="small"
      className="month-card"
      loading={loading}
      title={
        <Flex align="center" gap="small" justify="space-between">
          <Button
            type="text"
            icon={<LeftOutlined />}
            aria-label={t.calendar.prevMonth}
            onClick={() => move(-1)}
            data-testid="calendar-prev-month"
          />
          <Flex gap={6} align="center">
            <Typography.Text strong data-testid="calendar-month-title">
              {title}
            </Typography.Text>
            {provisional && (
              <StatusTag
                tone="warning"
                style={{ marginInlineEnd: 0 }}
                data-testid="calendar-month-provisional"
              >
                {t.calendar.provisional}
              </StatusTag>
            )}
          </Flex>
          <Button
            type="text"
            icon={<RightOutlined />}
            aria-label={t.calendar.nextMonth}
            onClick={() => move(1)}
            data-testid="calendar-next-month"
          />
        </Flex>
      }
    >
      <table
        className={provisional ? 'month-grid month-grid-provisional' : 'month-grid'}
        data-testid="calendar-month"
        data-provisional={provisional}
      >
        <caption className="sr-only">{title}</caption>
        <thead>
          <tr>
            {WEEK.map((weekday) => (
              <th key={weekday} scope="col" className={weekday === 0 || weekday === 6 ? 'month-weekend' : ''}>
                {t.weekday[String(weekday) as keyof typeof t.weekday]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]!.key}>
              {week.map(({ key, date }) => {
                if (!date) return <td key={key} className="month-blank" />;
                const iso = date.format('YYYY-MM-DD');
                const exception = byDay.get(iso);
                const kind = kindOf(date, exception);
                const isToday = iso === today;
                const badge =
                  kind === 'holiday' || kind === 'off'
                    ? t.calendar.badgeOff
                    : kind === 'adjusted'
                      ? t.calendar.badgeWork
                      : null;
                const described = [
                  t.weekday[String(date.day()) as keyof typeof t.weekday],
                  labels[kind],
                  exception?.name,
                  exception?.kind === 'override' ? t.calendarKind.override : null,
                  isToday ? t.calendar.today : null,
                ]
                  .filter(Boolean)
                  .join(separator);
                return (
                  <td
                    key={iso}
                    className={`month-day month-${kind}${isToday ? ' month-today' : ''}${
                      exception?.kind === 'override' ? ' month-override' : ''
                    }`}
                    data-day={iso}
                    data-kind={kind}
                    title={described}
                  >
                    <span className="month-date" aria-hidden="true">
                      {date.date()}
                    </span>
                    {badge && (
                      <span className="month-badge" aria-hidden="true">
                        {badge}
                      </span>
                    )}
                    {exception?.name && (
                      <span className="month-name" aria-hidden="true">
                        {exception.name}
                      </span>
                    )}
                    <span className="sr-only">{`${iso}${separator}${described}`}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="month-legend" aria-label={t.calendar.legend}>
        {(['working', 'weekend', 'holiday', 'adjusted'] as const).map((kind) => (
          <li key={kind} className={`month-legend-item month-${kind}`}>
            <span className="month-swatch" aria-hidden="true">
              {kind === 'holiday' ? t.calendar.badgeOff : kind === 'adjusted' ? t.calendar.badgeWork : ''}
            </span>
            {labels[kind]}
          </li>
        ))}
        <li className="month-legend-item">
          <span className="month-swatch month-swatch-override" aria-hidden="true" />
          {t.calendarKind.override}
        </li>
        <li className="month-legend-item">
          <span className="month-swatch month-swatch-today" aria-hidden="true" />
          {t.calendar.today}
        </li>
      </ul>
    </Card>
  );
  return card;
}
