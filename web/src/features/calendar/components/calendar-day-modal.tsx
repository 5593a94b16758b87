import { App, DatePicker, Form, Input, Modal, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../../../i18n/use-t';
import { useApiErrorHandler } from '../../../lib/form-errors';
import { testId } from '../../../lib/form-values';
import { useSetCalendarDay } from '../api/set-calendar-day';
import type { CalendarDay } from '../types';

interface Values {
  day: Dayjs;
  isWorkingDay: boolean;
  name?: string | null;
}

/** Sets one day of `year` as a working day or a day off, with an optional name (节日名称). */
export function CalendarDayModal({
  year,
  day,
  onClose,
}: {
  year: number;
  day: CalendarDay | null;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const setDay = useSetCalendarDay();
  const onError = useApiErrorHandler();
  return (
    <Modal
      open
      title={t.calendar.setDayTitle}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.common.save}
      cancelText={t.common.cancel}
      confirmLoading={setDay.isPending}
      okButtonProps={testId('calendar-day-submit')}
      data-testid="calendar-day-modal"
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="calendar-day"
        initialValues={
          day
            ? { day: dayjs(day.day), isWorkingDay: day.isWorkingDay, name: day.name }
            : { isWorkingDay: false }
        }
        onFinish={(values) =>
          setDay.mutate(
            {
              day: values.day.format('YYYY-MM-DD'),
              isWorkingDay: values.isWorkingDay,
              name: values.name?.trim() || null,
            },
            {
              onSuccess: () => {
                message.success(t.common.saved);
                onClose();
              },
              onError: (error) => onError(error, form),
            },
          )
        }
      >
        <Form.Item name="day" label={t.calendar.day} rules={[{ required: true, message: t.common.required }]}>
          <DatePicker
            disabled={day !== null}
            disabledDate={(date) => date.year() !== year}
            defaultPickerValue={dayjs(`${year}-01-01`)}
            style={{ width: '100%' }}
            data-testid="calendar-day-date"
          />
        </Form.Item>
        <Form.Item name="isWorkingDay" label={t.calendar.isWorkingDay} valuePropName="checked">
          <Switch data-testid="calendar-day-working" />
        </Form.Item>
        <Form.Item name="name" label={t.calendar.name}>
          <Input maxLength={50} placeholder={t.calendar.namePlaceholder} data-testid="calendar-day-name" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
