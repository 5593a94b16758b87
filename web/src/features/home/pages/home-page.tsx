import { Card, Col, Descriptions, Flex, Row, Typography } from 'antd';
import { RoleTags } from '../../../components/role-tags';
import { format } from '../../../i18n/catalogs';
import { useT } from '../../../i18n/use-t';
import { EMPTY } from '../../../lib/format';
import { useMe } from '../../../lib/get-me';
import { useCan } from '../../../lib/use-can';
import { CampaignCard } from '../components/campaign-card';
import { Workbench } from '../components/workbench';

/** The landing page after sign-in: the workbench (what waits for the person) and the current campaign. */
export function HomePage() {
  const t = useT();
  const can = useCan();
  const { data: me } = useMe();
  if (!me) return null;
  const profile = (
    <Card title={t.home.profile} data-testid="home-profile">
      <Descriptions
        column={1}
        size="small"
        items={[
          {
            key: 'unit',
            label: t.home.unit,
            children: <span data-testid="home-unit">{me.unit.name}</span>,
          },
          { key: 'position', label: t.home.position, children: me.person.position ?? EMPTY },
          {
            key: 'roles',
            label: t.home.roles,
            children: <RoleTags roles={me.roles} data-testid="home-roles" />,
          },
        ]}
      />
    </Card>
  );
  return (
    <Flex vertical gap="middle">
      <Typography.Title level={2} className="page-title" data-testid="home-welcome">
        {format(t.home.welcome, { name: me.person.name })}
      </Typography.Title>
      <Workbench />
      <Row gutter={[16, 16]}>
        {can('campaign.read') && (
          <Col xs={24} lg={16}>
            <CampaignCard />
          </Col>
        )}
        <Col xs={24} lg={can('campaign.read') ? 8 : 24}>
          {profile}
        </Col>
      </Row>
    </Flex>
  );
}
