import { useParams } from 'react-router';
import { DashboardView } from './dashboard-page';

/** 单位视图: one unit's dashboard, its place in the tree, its units' heat table and its lists. */
export function UnitViewPage() {
  const { id } = useParams<{ id: string }>();
  return <DashboardView key={id} unitId={id} />;
}
