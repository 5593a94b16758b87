import dayjs, { type Dayjs } from 'dayjs';

/** antd Form.Item props that keep a `YYYY-MM-DD` string in the form and give the DatePicker a Dayjs. */
export const dateFieldProps = {
  getValueProps: (value: string | null | undefined) => ({ value: value ? dayjs(value) : null }),
  normalize: (value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : null),
};
