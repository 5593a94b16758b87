import { Descriptions, type DescriptionsProps } from 'antd';
import { EMPTY } from '../lib/format';

const isBlank = (value: unknown) => value === null || value === undefined || value === '' || value === false;

/**
 * A record's fields as label and value (antd Descriptions): a blank value reads "—" as in the
 * lists. Labels keep their width (styles.css: never "事/项/名/称", one character a line).
 */
export function Details({ items, ...props }: DescriptionsProps) {
  return (
    <Descriptions
      size="small"
      {...props}
      items={items?.map((item) => (isBlank(item.children) ? { ...item, children: EMPTY } : item))}
    />
  );
}
