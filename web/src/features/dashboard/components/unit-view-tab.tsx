import { FundViewOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../i18n/use-t';
import { unitViewHref } from '../paths';

/** The unit page's tab pointing to the unit's dashboard (单位视图). */
export function UnitViewTab({ unitId }: { unitId: string }) {
  const t = useT();
  return (
    <>
      <Typography.Paragraph type="secondary">{t.dashboard.unitView.tabHint}</Typography.Paragraph>
      <Link to={unitViewHref(unitId)} data-testid="unit-view-open">
        <FundViewOutlined /> {t.dashboard.unitView.open}
      </Link>
    </>
  );
}
