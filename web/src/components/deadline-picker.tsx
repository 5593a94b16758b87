import { Button, DatePicker, Flex, InputNumber, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useId, useState } from 'react';
import { addWorkingDays, useWorkingDaysBetween } from '../features/calendar/api/working-days';
import { format } from '../i18n/catalogs';
import { useT } from '../i18n/use-t';
import { ApiError } from '../lib/api';
import { ProvisionalTag } from './provisional-tag';

const DATE = 'YYYY-MM-DD';

/** Today's date in Beijing, whatever the browser's zone: deadlines are Beijing dates. */
export function todayInBeijing(): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

/**
 * A deadline as entered: a date, and — when it was given as N working days — that number, which
 * the server keeps so that the date is recomputed when the holiday schedule changes.
 */
export interface DeadlineValue {
  date: string | null;
  workingDays: number | null;
}

/** The deadline as the API takes it: N working days when it was entered so, else the date. */
export function deadlineInput(value: DeadlineValue): { dueDate: string } | { dueWorkingDays: number } {
  return value.workingDays !== null ? { dueWorkingDays: value.workingDays } : { dueDate: value.date! };
}

/** A form rule: a deadline must have a date. */
export const deadlineRequired = (message: string) => ({
  validator: (_: unknown, value: DeadlineValue | null | undefined) =>
    value?.date ? Promise.resolve() : Promise.reject(new Error(message)),
});

function problemText(error: unknown): string | null {
  if (!error) return null;
  return error instanceof ApiError ? (error.problem.detail ?? error.problem.title) : String(error);
}

interface DeadlinePickerProps {
  value?: DeadlineValue | null;
  onChange?: (value: DeadlineValue) => void;
  /**
   * The date working days are counted from: today (a new deadline) by default, or the current
   * deadline (an extension: the new one must be later).
   */
  from?: string;
  id?: string;
  'aria-label'?: string;
  'data-testid'?: string;
}

/**
 * A deadline (完成时限): a date picker that says how many working days away the date is, and a
 * "+N working days" shortcut, both computed by the server's working-day calendar. A deadline given
 * as N working days stays so (the server recomputes it when the holiday schedule changes) until
 * the date is picked by hand. A date in the year whose schedule is not entered yet is marked 暂定;
 * a year without calendar data shows the server's message instead of a wrong count.
 */
export function DeadlinePicker({
  value,
  onChange,
  from,
  id,
  'aria-label': ariaLabel,
  ...rest
}: DeadlinePickerProps) {
  const t = useT();
  const testId = rest['data-testid'] ?? 'deadline';
  const addId = useId();
  const today = todayInBeijing();
  const base = from ?? today;
  const fromToday = base === today;
  const [days, setDays] = useState<number | null>(value?.workingDays ?? 10);
  const [adding, setAdding] = useState(false);
  const [addError, setAddError] = useState<unknown>(null);
  const date = value?.date ?? null;
  const between = useWorkingDaysBetween(base, date);

  const onAdd = () => {
    if (days === null) return;
    setAdding(true);
    setAddError(null);
    addWorkingDays(base, days)
      .then((result) => onChange?.({ date: result.date, workingDays: days }))
      .catch((error: unknown) => setAddError(error))
      .finally(() => setAdding(false));
  };

  const hint = () => {
    const failure = problemText(addError) ?? problemText(between.error);
    if (failure)
      return (
        <Typography.Text type="danger" data-testid={`${testId}-error`}>
          {failure}
        </Typography.Text>
      );
    if (!date) return null;
    if (between.isFetching && between.data === undefined)
      return <Typography.Text type="secondary">{t.deadline.counting}</Typography.Text>;
    if (between.data === undefined) return null;
    const count = between.data.days;
    const text = fromToday
      ? date === today
        ? t.deadline.today
        : count >= 0
          ? format(t.deadline.workingDaysAhead, { days: count })
          : format(t.deadline.workingDaysPast, { days: -count })
      : date > base
        ? format(t.deadline.laterBy, { days: count })
        : format(t.deadline.notLater, { date: base });
    return (
      <Flex vertical gap={2}>
        <Flex gap={6} wrap align="center">
          <Typography.Text
            type={!fromToday && date <= base ? 'warning' : 'secondary'}
            data-testid={`${testId}-working-days`}
            data-days={count}
          >
            {text}
          </Typography.Text>
          {between.data.provisional && <ProvisionalTag data-testid={`${testId}-provisional`} />}
        </Flex>
        {value?.workingDays !== null && value?.workingDays !== undefined && (
          <Typography.Text
            type="secondary"
            data-testid={`${testId}-counted`}
            data-working-days={value.workingDays}
          >
            {format(t.deadline.countedIn, { days: value.workingDays })}
          </Typography.Text>
        )}
      </Flex>
    );
  };

  return (
    <Flex vertical gap={4}>
      <Flex gap="small" wrap align="center">
        <DatePicker
          id={id}
          aria-label={ariaLabel}
          value={date ? dayjs(date, DATE) : null}
          onChange={(picked) => {
            setAddError(null);
            onChange?.({ date: picked ? picked.format(DATE) : null, workingDays: null });
          }}
          style={{ flex: '1 1 160px', minWidth: 150 }}
          data-testid={`${testId}-date`}
        />
        <Space.Compact>
          <InputNumber
            id={addId}
            min={1}
            max={fromToday ? 500 : 250}
            precision={0}
            value={days}
            onChange={(next) => setDays(next)}
            onPressEnter={(event) => {
              // Enter applies the shortcut rather than submitting the surrounding form.
              event.preventDefault();
              onAdd();
            }}
            prefix="+"
            suffix={t.deadline.addDaysSuffix}
            aria-label={fromToday ? t.deadline.addDays : t.deadline.addDaysFromCurrent}
            style={{ width: 150 }}
            data-testid={`${testId}-add-days`}
          />
          <Button
            onClick={onAdd}
            loading={adding}
            disabled={days === null}
            data-testid={`${testId}-add-apply`}
          >
            {t.deadline.addDaysButton}
          </Button>
        </Space.Compact>
      </Flex>
      <div aria-live="polite">{hint()}</div>
    </Flex>
  );
}
