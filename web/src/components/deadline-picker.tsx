import { Button, DatePicker, Flex, InputNumber, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useId, useState } from 'react';
import { addWorkingDays, useWorkingDaysBetween } from '../features/calendar/api/working-days';
import { format } from '../i18n/catalogs';
import { useT } from '../i18n/use-t';
import { ApiError } from '../lib/api';

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

function problemText(error: unknown): string | null {
  if (!error) return null;
  return error instanceof ApiError ? (error.problem.detail ?? error.problem.title) : String(error);
}

interface DeadlinePickerProps {
  /** `YYYY-MM-DD`, as the API takes dates. */
  value?: string | null;
  onChange?: (value: string | null) => void;
  id?: string;
  'aria-label'?: string;
  'data-testid'?: string;
}

/**
 * A deadline (完成时限): a date picker that says how many working days away the date is, and a
 * "+N working days" shortcut, both computed by the server's working-day calendar. A year without
 * calendar data shows the server's message instead of a wrong count.
 */
export function DeadlinePicker({
  value,
  onChange,
  id,
  'aria-label': ariaLabel,
  ...rest
}: DeadlinePickerProps) {
  const t = useT();
  const testId = rest['data-testid'] ?? 'deadline';
  const addId = useId();
  const today = todayInBeijing();
  const [days, setDays] = useState<number | null>(10);
  const [adding, setAdding] = useState(false);
  const [addError, setAddError] = useState<unknown>(null);
  const between = useWorkingDaysBetween(today, value);

  const onAdd = () => {
    if (days === null) return;
    setAdding(true);
    setAddError(null);
    addWorkingDays(today, days)
      .then((date) => onChange?.(date))
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
    if (!value) return null;
    if (between.isFetching && between.data === undefined)
      return <Typography.Text type="secondary">{t.deadline.counting}</Typography.Text>;
    if (between.data === undefined) return null;
    const text =
      value === today
        ? t.deadline.today
        : between.data >= 0
          ? format(t.deadline.workingDaysAhead, { days: between.data })
          : format(t.deadline.workingDaysPast, { days: -between.data });
    return (
      <Typography.Text type="secondary" data-testid={`${testId}-working-days`} data-days={between.data}>
        {text}
      </Typography.Text>
    );
  };

  return (
    <Flex vertical gap={4}>
      <Flex gap="small" wrap align="center">
        <DatePicker
          id={id}
          aria-label={ariaLabel}
          value={value ? dayjs(value, DATE) : null}
          onChange={(date) => {
            setAddError(null);
            onChange?.(date ? date.format(DATE) : null);
          }}
          style={{ flex: '1 1 160px', minWidth: 150 }}
          data-testid={`${testId}-date`}
        />
        <Space.Compact>
          <InputNumber
            id={addId}
            min={1}
            max={1000}
            precision={0}
            value={days}
            onChange={(next) => setDays(next)}
            prefix="+"
            suffix={t.deadline.addDaysSuffix}
            aria-label={t.deadline.addDays}
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
