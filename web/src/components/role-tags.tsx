import type { Me } from '@zeren/contracts';
import { Flex, Tag, Tooltip } from 'antd';
import { useT } from '../i18n/use-t';

type RoleView = Me['roles'][number];

/** Each role assignment as a tag: role, with its data scope and unit on hover and for screen readers. */
export function RoleTags({ roles, 'data-testid': testId }: { roles: RoleView[]; 'data-testid'?: string }) {
  const t = useT();
  return (
    <Flex wrap gap={4} data-testid={testId}>
      {roles.map((assignment) => {
        const detail = `${t.dataScope[assignment.dataScope]} · ${assignment.unitName}`;
        return (
          <Tooltip key={assignment.id} title={detail}>
            <Tag
              color="red"
              aria-label={`${t.role[assignment.role]} (${detail})`}
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
