import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Divider,
  Drawer,
  Flex,
  Form,
  Grid,
  Input,
  InputNumber,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { format } from '../../../i18n/catalogs';
import { useT } from '../../../i18n/use-t';
import { ApiError } from '../../../lib/api';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { useParseCalendarNotice } from '../api/parse-calendar-notice';
import { useSetCalendarSchedule } from '../api/set-calendar-schedule';
import type { CalendarDays, CalendarSchedule } from '../types';

const DATE = 'YYYY-MM-DD';

interface Values {
  year: number;
  text?: string;
  holidays: { name?: string; startDate?: Dayjs | null; endDate?: Dayjs | null }[];
  workdays: { date?: Dayjs | null; name?: string | null }[];
}

/** What saving a schedule answered, for the page to report. */
export interface ScheduleSaved extends CalendarDays {
  recomputed: number;
}

const toForm = (
  schedule: Pick<CalendarSchedule, 'holidays' | 'workdays'>,
): Pick<Values, 'holidays' | 'workdays'> => ({
  holidays: schedule.holidays.map((h) => ({
    name: h.name,
    startDate: dayjs(h.startDate, DATE),
    endDate: dayjs(h.endDate, DATE),
  })),
  workdays: schedule.workdays.map((w) => ({ date: dayjs(w.date, DATE), name: w.name ?? null })),
});

/**
 * Enters a year's official holiday schedule in one step: pasted from the State Council's notice
 * (read by the server, then shown here to check and correct) or filled in range by range. Saving
 * replaces the year's published days; deadlines counted on working days are recomputed.
 */
export function ScheduleDrawer({
  year: initialYear,
  knownYears,
  onClose,
  onSaved,
}: {
  year: number;
  /** Years that already have a schedule (saving replaces it). */
  knownYears: ReadonlySet<number>;
  onClose: () => void;
  onSaved: (result: ScheduleSaved) => void;
}) {
  const t = useT();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<Values>();
  const year = Form.useWatch('year', form) ?? initialYear;
  const parse = useParseCalendarNotice();
  const save = useSetCalendarSchedule();
  const onError = useApiErrorHandler();
  const [parsed, setParsed] = useState<{
    year: number;
    holidays: number;
    workdays: number;
    moved: boolean;
  } | null>(null);
  // Errors the server names on the lists as a whole (a date outside the year), not on one field.
  const [listError, setListError] = useState<string | null>(null);

  const onParse = async () => {
    const text = form.getFieldValue('text') as string | undefined;
    if (!text?.trim()) {
      form.setFields([{ name: 'text', errors: [t.common.required] }]);
      return;
    }
    parse.mutate(text, {
      onSuccess: (schedule) => {
        const moved = schedule.year !== form.getFieldValue('year');
        form.setFieldsValue({ year: schedule.year, ...toForm(schedule) });
        form.setFields([{ name: 'text', errors: [] }]);
        setListError(null);
        setParsed({
          year: schedule.year,
          holidays: schedule.holidays.length,
          workdays: schedule.workdays.length,
          moved,
        });
      },
      onError: (error) => onError(error, form),
    });
  };

  const onFinish = (values: Values) => {
    setListError(null);
    save.mutate(
      {
        year: values.year,
        holidays: values.holidays.map((h) => ({
          name: h.name!.trim(),
          startDate: h.startDate!.format(DATE),
          endDate: h.endDate!.format(DATE),
        })),
        workdays: values.workdays.map((w) => ({
          date: w.date!.format(DATE),
          name: w.name?.trim() || null,
        })),
      },
      {
        onSuccess: (result) => onSaved(result),
        onError: (error) => {
          const issues = error instanceof ApiError ? (error.problem.errors ?? []) : [];
          const whole = issues.filter((issue) => !/\.\d+\./.test(issue.path));
          setListError(whole.length > 0 ? whole.map((issue) => issue.message).join('；') : null);
          // Errors on one row go next to their fields; anything else without a field to a toast.
          if (whole.length < issues.length || issues.length === 0) onError(error, form);
        },
      },
    );
  };

  const wide = screens.md !== false;
  const actions = (
    <Flex gap="small" justify="end">
      <Button onClick={onClose}>{t.common.cancel}</Button>
      <Button
        type="primary"
        loading={save.isPending}
        onClick={() => form.submit()}
        data-testid="calendar-schedule-submit"
      >
        {format(t.calendar.saveSchedule, { year })}
      </Button>
    </Flex>
  );
  return (
    <Drawer
      open
      title={format(t.calendar.scheduleTitle, { year })}
      size={screens.sm === false ? '100%' : 720}
      onClose={onClose}
      data-testid="calendar-schedule-drawer"
      // On a phone the buttons sit under the form, where the title leaves them room.
      extra={screens.sm === false ? undefined : actions}
      footer={screens.sm === false ? actions : undefined}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="calendar-schedule"
        initialValues={{ year: initialYear, holidays: [{}], workdays: [] }}
        onFinish={onFinish}
        onFinishFailed={({ errorFields }) => errorFields[0] && form.scrollToField(errorFields[0].name)}
        data-testid="calendar-schedule-form"
      >
        <Form.Item
          name="year"
          label={t.calendar.year}
          rules={[{ required: true, message: t.common.required }]}
        >
          <InputNumber min={2000} max={2100} precision={0} data-testid="calendar-schedule-year" />
        </Form.Item>
        {knownYears.has(year) && (
          <Alert
            type="warning"
            showIcon
            className="toolbar"
            title={format(t.calendar.scheduleReplaces, { year })}
            data-testid="calendar-schedule-replaces"
          />
        )}
        <Card size="small" title={t.calendar.pasteTitle} className="toolbar">
          <Typography.Paragraph type="secondary">
            {format(t.calendar.pasteHint, { year })}
          </Typography.Paragraph>
          <Form.Item name="text" style={{ marginBottom: 8 }}>
            <Input.TextArea
              autoSize={{ minRows: 4, maxRows: 12 }}
              maxLength={20_000}
              placeholder={t.calendar.pastePlaceholder}
              aria-label={t.calendar.pasteTitle}
              data-testid="calendar-notice-text"
            />
          </Form.Item>
          <Button onClick={onParse} loading={parse.isPending} data-testid="calendar-notice-parse">
            {t.calendar.parse}
          </Button>
        </Card>
        {parsed && (
          <Alert
            type="success"
            showIcon
            className="toolbar"
            title={format(t.calendar.parsed, {
              year: parsed.year,
              holidays: parsed.holidays,
              workdays: parsed.workdays,
            })}
            description={parsed.moved ? format(t.calendar.parsedOtherYear, { year: parsed.year }) : undefined}
            data-testid="calendar-notice-parsed"
          />
        )}
        {listError && (
          <Alert
            type="error"
            showIcon
            className="toolbar"
            title={listError}
            data-testid="calendar-schedule-error"
          />
        )}

        <Divider titlePlacement="start">{t.calendar.holidays}</Divider>
        <Form.List
          name="holidays"
          rules={[
            {
              validator: async (_, rows?: unknown[]) => {
                if (!rows || rows.length === 0) throw new Error(t.calendar.atLeastOneHoliday);
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <Flex vertical gap={wide ? 0 : 'small'} data-testid="calendar-holidays">
              {fields.map((field, index) => (
                <Flex
                  key={field.key}
                  gap="small"
                  wrap={!wide}
                  align="start"
                  className="schedule-row"
                  data-testid="calendar-holiday-row"
                >
                  <Form.Item
                    name={[field.name, 'name']}
                    label={index === 0 || !wide ? t.calendar.holidayName : undefined}
                    rules={[{ required: true, whitespace: true, message: t.common.required }]}
                    style={{ flex: wide ? '1 1 180px' : '1 1 100%' }}
                  >
                    <Input
                      maxLength={30}
                      placeholder={t.calendar.holidayNamePlaceholder}
                      aria-label={t.calendar.holidayName}
                      data-testid="calendar-holiday-name"
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'startDate']}
                    label={index === 0 || !wide ? t.calendar.startDate : undefined}
                    rules={[{ required: true, message: t.common.required }]}
                    style={{ flex: '1 1 140px' }}
                  >
                    <DatePicker
                      style={{ width: '100%' }}
                      aria-label={t.calendar.startDate}
                      data-testid="calendar-holiday-start"
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'endDate']}
                    label={index === 0 || !wide ? t.calendar.endDate : undefined}
                    dependencies={[['holidays', field.name, 'startDate']]}
                    rules={[{ required: true, message: t.common.required }]}
                    style={{ flex: '1 1 140px' }}
                  >
                    <DatePicker
                      style={{ width: '100%' }}
                      aria-label={t.calendar.endDate}
                      data-testid="calendar-holiday-end"
                    />
                  </Form.Item>
                  <Form.Item label={index === 0 && wide ? ' ' : undefined} style={{ flex: '0 0 auto' }}>
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t.calendar.remove}
                      onClick={() => remove(field.name)}
                      data-testid="calendar-holiday-remove"
                    />
                  </Form.Item>
                </Flex>
              ))}
              <Form.ErrorList errors={errors} />
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({})}
                style={{ alignSelf: 'flex-start' }}
                data-testid="calendar-holiday-add"
              >
                {t.calendar.addHoliday}
              </Button>
            </Flex>
          )}
        </Form.List>

        <Divider titlePlacement="start">{t.calendar.workdays}</Divider>
        <Form.List name="workdays">
          {(fields, { add, remove }) => (
            <Flex vertical gap={wide ? 0 : 'small'} data-testid="calendar-workdays">
              {fields.length === 0 && (
                <Typography.Text type="secondary">{t.calendar.noWorkdays}</Typography.Text>
              )}
              {fields.map((field, index) => (
                <Flex
                  key={field.key}
                  gap="small"
                  wrap={!wide}
                  align="start"
                  className="schedule-row"
                  data-testid="calendar-workday-row"
                >
                  <Form.Item
                    name={[field.name, 'date']}
                    label={index === 0 || !wide ? t.calendar.workdayDate : undefined}
                    rules={[{ required: true, message: t.common.required }]}
                    style={{ flex: '1 1 160px' }}
                  >
                    <DatePicker
                      style={{ width: '100%' }}
                      aria-label={t.calendar.workdayDate}
                      data-testid="calendar-workday-date"
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'name']}
                    label={index === 0 || !wide ? t.calendar.workdayName : undefined}
                    style={{ flex: '1 1 200px' }}
                  >
                    <Input
                      maxLength={30}
                      placeholder={t.calendar.workdayNamePlaceholder}
                      aria-label={t.calendar.workdayName}
                      data-testid="calendar-workday-name"
                    />
                  </Form.Item>
                  <Form.Item label={index === 0 && wide ? ' ' : undefined} style={{ flex: '0 0 auto' }}>
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t.calendar.remove}
                      onClick={() => remove(field.name)}
                      data-testid="calendar-workday-remove"
                    />
                  </Form.Item>
                </Flex>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ name: null })}
                style={{ alignSelf: 'flex-start' }}
                data-testid="calendar-workday-add"
              >
                {t.calendar.addWorkday}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}
