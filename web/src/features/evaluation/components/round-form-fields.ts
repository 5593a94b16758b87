import type { FormRule } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Messages } from '../../../app/module';

/** How the window's moments are picked and shown in the forms. */
export const DATE_TIME_FORMAT = 'YYYY-MM-DD HH:mm';

/** A picked moment as the API takes it: ISO 8601 with the offset, to the minute. */
export function toMoment(value: Dayjs): string {
  return value.second(0).millisecond(0).format();
}

/** The round closes after it opens (the field `opensAt` of the same form). */
export const closesAfterOpens =
  (t: Messages): FormRule =>
  ({ getFieldValue }) => ({
    validator: (_, value: Dayjs | null | undefined) => {
      const opens = getFieldValue('opensAt') as Dayjs | null | undefined;
      return !value || !opens || value.isAfter(opens)
        ? Promise.resolve()
        : Promise.reject(new Error(t.evaluation.windowInvalid));
    },
  });
