import { Card, Descriptions, Empty, Flex, Typography } from 'antd';
import { RoleTags } from '../../../components/role-tags';
import { format } from '../../../i18n/catalogs';
import { useT } from '../../../i18n/use-t';
import { useMe } from '../../../lib/get-me';

/** The landing page after sign-in; the campaign dashboards will take its place. */
export function HomePage() {
  const t = useT();
  const { data: me } = useMe();
  if (!me) return null;
  return (
    <Flex vertical gap="middle">
      <Typography.Title level={2} className="page-title" data-testid="home-welcome">
        {format(t.home.welcome, { name: me.person.name })}
      </Typography.Title>
      <Card>
        <Descriptions
          column={1}
          items={[
            {
              key: 'unit',
              label: t.home.unit,
              children: <span data-testid="home-unit">{me.unit.name}</span>,
            },
            { key: 'position', label: t.home.position, children: me.person.position ?? t.common.none },
            {
              key: 'roles',
              label: t.home.roles,
              children: <RoleTags roles={me.roles} data-testid="home-roles" />,
            },
          ]}
        />
      </Card>
      <Card>
        <Empty description={t.home.placeholder} />
      </Card>
    </Flex>
  );
}
