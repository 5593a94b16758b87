import type { Me } from '@zeren/contracts';
import { Flex, Tag, Tooltip } from 'antd';
import { format } from '../i18n/format';
import { useT } from '../i18n/use-t';

type RoleView = Me['roles'][number];

/** Each role assignment as a tag: role, with its data scope and unit on hover and for screen readers. */
export function RoleTags({
  roles,
  pending = false,
  'data-testid': testId,
}: {
  roles: RoleView[];
  /** Requested, not yet approved: drawn dashed and grey. */
  pending?: boolean;
  'data-testid'?: string;
}) {
  const t = useT();
  return (
    <Flex wrap gap={4} data-testid={testId}>
      {roles.map((assignment) => {
        const detail = `${t.dataScope[assignment.dataScope]} · ${assignment.unitName}`;
        return (
          <Tooltip key={assignment.id} title={detail}>
            <Tag
              color={pending ? 'default' : 'red'}
              variant={pending ? 'outlined' : undefined}
              aria-label={format(t.common.withNote, { text: t.role[assignment.role], note: detail })}
              data-role={assignment.role}
            >
              {t.role[assignment.role]}
            </Tag>
          </Tooltip>
        );
      })}
    </Flex>
  );
}
