import { EditOutlined, LeftOutlined, RightOutlined, ScheduleOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  InputNumber,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { todayInBeijing } from '../../../components/deadline-picker';
import { PageHeader } from '../../../components/page-header';
import { StatusTag } from '../../../components/status-tag';
import { format } from '../../../i18n/catalogs';
import { useT } from '../../../i18n/use-t';
import { ApiError } from '../../../lib/api';
import { useCanEverywhere } from '../../../lib/use-can';
import { useCalendarDays } from '../api/get-calendar-days';
import { useCalendarYears } from '../api/list-calendar-years';
import { CalendarDayModal } from '../components/calendar-day-modal';
import { MonthView } from '../components/month-view';
import { ScheduleDrawer, type ScheduleSaved } from '../components/schedule-drawer';
import type { CalendarDay } from '../types';

/**
 * 工作日历: a month at a glance (working days, weekends, holidays and adjusted workdays) and the
 * year's exceptions, for everyone signed in; the year after the last known one is provisional
 * (weekends alone, 暂定). Administrators enter a year's schedule in one step (from the State
 * Council's notice) and change single days.
 */
export function CalendarPage() {
  const t = useT();
  const can = useCanEverywhere();
  // The national calendar is the city's: a county's administrator reads it only.
  const canManage = can('calendar.manage');
  const { message } = App.useApp();
  const today = todayInBeijing();
  const [year, setYear] = useState(() => Number(today.slice(0, 4)));
  const [month, setMonth] = useState(() => Number(today.slice(5, 7)) - 1);
  const [editing, setEditing] = useState<CalendarDay | null | undefined>(undefined);
  const [scheduling, setScheduling] = useState<number | null>(null);
  const [saved, setSaved] = useState<ScheduleSaved | null>(null);
  const years = useCalendarYears();
  const known = years.data?.items.find((entry) => entry.year === year);
  const provisionalYear = years.data?.provisionalYear ?? null;
  const provisional = year === provisionalYear;
  const missing = years.isSuccess && !known && !provisional;
  const days = useCalendarDays(year, years.isSuccess && !missing);
  const yearMissingError = days.error instanceof ApiError && days.error.code === 'CALENDAR_YEAR_MISSING';
  const knownYears = useMemo(() => new Set(years.data?.items.map((entry) => entry.year)), [years.data]);
  // The schedule to enter: the provisional year's (the one that needs it), or the year shown.
  const scheduleYear = provisionalYear ?? year;

  const sourceLabel = provisional
    ? t.calendar.provisionalSource
    : known?.source === 'chinese-days'
      ? t.calendar.sourceBuiltIn
      : known?.source === 'notice'
        ? t.calendar.sourceNotice
        : t.calendar.sourceManual;

  const columns: TableColumnsType<CalendarDay> = [
    { key: 'day', title: t.calendar.day, dataIndex: 'day' },
    {
      key: 'weekday',
      title: t.calendar.weekday,
      render: (_, day) => t.weekday[String(dayjs(day.day).day()) as keyof typeof t.weekday],
    },
    {
      key: 'working',
      title: t.calendar.dayType,
      render: (_, day) => (
        <Flex gap={4} wrap>
          <StatusTag tone={day.isWorkingDay ? 'processing' : 'error'}>
            {day.isWorkingDay ? t.calendar.working : t.calendar.nonWorking}
          </StatusTag>
          <Tag>{t.calendarKind[day.kind] ?? day.kind}</Tag>
        </Flex>
      ),
    },
    { key: 'name', title: t.calendar.name, dataIndex: 'name', render: (name: string | null) => name ?? '' },
    ...(canManage
      ? [
          {
            key: 'actions',
            title: t.common.actions,
            render: (_: unknown, day: CalendarDay) => (
              <Button
                size="small"
                type="link"
                onClick={() => setEditing(day)}
                data-testid="calendar-day-edit"
              >
                {t.common.edit}
              </Button>
            ),
          },
        ]
      : []),
  ];

  const showMonth = (nextYear: number, nextMonth: number) => {
    setYear(nextYear);
    setMonth(nextMonth);
  };

  return (
    <>
      <PageHeader
        title={t.nav.calendar}
        extra={
          canManage && (
            <>
              {provisionalYear !== null && (
                <Button
                  type="primary"
                  icon={<ScheduleOutlined />}
                  onClick={() => setScheduling(scheduleYear)}
                  data-testid="calendar-enter-schedule"
                >
                  {t.calendar.enterSchedule}
                </Button>
              )}
              {known && (
                <Button
                  icon={<EditOutlined />}
                  onClick={() => setEditing(null)}
                  data-testid="calendar-set-day"
                >
                  {t.calendar.setDay}
                </Button>
              )}
            </>
          )
        }
      />
      <Flex gap="small" wrap align="center" className="toolbar">
        <Button
          icon={<LeftOutlined />}
          aria-label={String(year - 1)}
          onClick={() => setYear(year - 1)}
          data-testid="calendar-prev-year"
        />
        <InputNumber
          min={2000}
          max={2100}
          precision={0}
          value={year}
          onChange={(next) => next && setYear(next)}
          aria-label={t.calendar.year}
          data-testid="calendar-year"
        />
        <Button
          icon={<RightOutlined />}
          aria-label={String(year + 1)}
          onClick={() => setYear(year + 1)}
          data-testid="calendar-next-year"
        />
        {(known || provisional) && (
          <Typography.Text type="secondary" data-testid="calendar-source">
            {format(t.common.labelValue, { label: t.calendar.source, value: sourceLabel })}
          </Typography.Text>
        )}
      </Flex>
      {!canManage && <Typography.Paragraph type="secondary">{t.calendar.readOnly}</Typography.Paragraph>}
      {saved && saved.year === year && (
        <Alert
          type="success"
          showIcon
          closable={{ onClose: () => setSaved(null) }}
          className="toolbar"
          title={format(saved.recomputed > 0 ? t.calendar.scheduleResult : t.calendar.scheduleResultNone, {
            year: saved.year,
            holidays: saved.days.filter((day) => day.kind === 'holiday').length,
            workdays: saved.days.filter((day) => day.kind === 'adjusted_workday').length,
            recomputed: saved.recomputed,
          })}
          data-testid="calendar-schedule-result"
          data-recomputed={saved.recomputed}
        />
      )}
      {provisional && (
        <Alert
          type="warning"
          showIcon
          className="toolbar"
          title={format(t.calendar.provisionalTitle, { year })}
          description={format(t.calendar.provisionalText, { year })}
          data-testid="calendar-provisional"
          action={
            canManage && (
              <Button
                size="small"
                onClick={() => setScheduling(year)}
                data-testid="calendar-provisional-enter"
              >
                {format(t.calendar.enterScheduleFor, { year })}
              </Button>
            )
          }
        />
      )}
      {missing || yearMissingError ? (
        <Alert
          type="warning"
          showIcon
          title={
            provisionalYear === null
              ? format(t.calendar.noDataNoProvisional, { year })
              : format(t.calendar.noData, { year, last: provisionalYear })
          }
          data-testid="calendar-no-data"
        />
      ) : (
        <Flex vertical gap="middle">
          <MonthView
            year={year}
            month={month}
            days={days.data?.days ?? []}
            provisional={provisional}
            today={today}
            loading={days.isLoading || years.isLoading}
            onMonthChange={showMonth}
          />
          {!provisional && (
            <Card size="small" className="table-card" title={t.calendar.exceptions}>
              <Typography.Paragraph type="secondary">{t.calendar.exceptionsHint}</Typography.Paragraph>
              <Table<CalendarDay>
                rowKey="day"
                size="small"
                columns={columns}
                dataSource={days.data?.days ?? []}
                loading={days.isFetching || years.isLoading}
                scroll={{ x: 'max-content' }}
                locale={{ emptyText: t.calendar.empty }}
                pagination={false}
                onRow={(day) => ({
                  onClick: () => showMonth(Number(day.day.slice(0, 4)), Number(day.day.slice(5, 7)) - 1),
                })}
                data-testid="calendar-table"
              />
            </Card>
          )}
        </Flex>
      )}
      {editing !== undefined && (
        <CalendarDayModal year={year} day={editing} onClose={() => setEditing(undefined)} />
      )}
      {scheduling !== null && (
        <ScheduleDrawer
          year={scheduling}
          knownYears={knownYears}
          onClose={() => setScheduling(null)}
          onSaved={(result) => {
            message.success(format(t.calendar.scheduleSaved, { year: result.year }));
            setScheduling(null);
            setSaved(result);
            setYear(result.year);
          }}
        />
      )}
    </>
  );
}
