import { LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  InputNumber,
  Popconfirm,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { todayInBeijing } from '../../../components/deadline-picker';
import { PageHeader } from '../../../components/page-header';
import { StatusTag } from '../../../components/status-tag';
import { format } from '../../../i18n/catalogs';
import { useT } from '../../../i18n/use-t';
import { ApiError } from '../../../lib/api';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { useCan } from '../../../lib/use-can';
import { useAddCalendarYear } from '../api/add-calendar-year';
import { useCalendarDays } from '../api/get-calendar-days';
import { useCalendarYears } from '../api/list-calendar-years';
import { CalendarDayModal } from '../components/calendar-day-modal';
import type { CalendarDay } from '../types';

/** 工作日历: each year's holidays and adjusted workdays; administrators change days and add years. */
export function CalendarPage() {
  const t = useT();
  const can = useCan();
  const canManage = can('calendar.manage');
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [year, setYear] = useState(() => Number(todayInBeijing().slice(0, 4)));
  const [editing, setEditing] = useState<CalendarDay | null | undefined>(undefined);
  const years = useCalendarYears();
  const known = years.data?.find((entry) => entry.year === year);
  const missing = years.isSuccess && !known;
  const days = useCalendarDays(year, years.isSuccess && !missing);
  const addYear = useAddCalendarYear();
  const yearMissingError = days.error instanceof ApiError && days.error.code === 'CALENDAR_YEAR_MISSING';

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

  return (
    <>
      <PageHeader
        title={t.nav.calendar}
        extra={
          canManage &&
          !missing && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing(null)}
              data-testid="calendar-set-day"
            >
              {t.calendar.setDay}
            </Button>
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
        {known && (
          <Typography.Text type="secondary" data-testid="calendar-source">
            {t.calendar.source}:{' '}
            {known.source === 'chinese-days' ? t.calendar.sourceBuiltIn : t.calendar.sourceManual}
          </Typography.Text>
        )}
      </Flex>
      {years.data && years.data.length > 0 && (
        <Flex gap={4} wrap className="toolbar" aria-label={t.calendar.years} role="group">
          <Typography.Text type="secondary">{t.calendar.years}:</Typography.Text>
          {[...years.data]
            .sort((a, b) => b.year - a.year)
            .map((entry) => (
              <Tag.CheckableTag
                key={entry.year}
                checked={entry.year === year}
                onChange={() => setYear(entry.year)}
              >
                {entry.year}
              </Tag.CheckableTag>
            ))}
        </Flex>
      )}
      {!canManage && <Typography.Paragraph type="secondary">{t.calendar.readOnly}</Typography.Paragraph>}
      {missing || yearMissingError ? (
        <Alert
          type="warning"
          showIcon
          title={format(t.calendar.noData, { year })}
          data-testid="calendar-no-data"
          action={
            canManage && (
              <Popconfirm
                title={`${t.calendar.addYearTitle}: ${year}`}
                okText={t.common.confirm}
                cancelText={t.common.cancel}
                onConfirm={() =>
                  addYear.mutate(year, {
                    onSuccess: () => message.success(t.calendar.yearAdded),
                    onError: (error) => onError(error),
                  })
                }
              >
                <Button size="small" loading={addYear.isPending} data-testid="calendar-add-year">
                  {t.calendar.addYear}
                </Button>
              </Popconfirm>
            )
          }
        />
      ) : (
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
            data-testid="calendar-table"
          />
        </Card>
      )}
      {editing !== undefined && (
        <CalendarDayModal year={year} day={editing} onClose={() => setEditing(undefined)} />
      )}
    </>
  );
}
