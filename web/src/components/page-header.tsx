import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** The heading every admin page starts with, with its page-level actions on the right. */
export function PageHeader({ title, extra }: { title: ReactNode; extra?: ReactNode }) {
  return (
    <Flex className="page-header" justify="space-between" align="center" wrap gap="small">
      <Typography.Title level={2} className="page-title">
        {title}
      </Typography.Title>
      {extra && (
        <Flex gap="small" wrap>
          {extra}
        </Flex>
      )}
    </Flex>
  );
}
