import type { TabsProps } from 'antd';
import { type ComponentType, lazy, Suspense } from 'react';
import type { UnitTab } from '../app/module';
import { UNIT_TABS } from '../app/registry';
import { useT } from '../i18n/use-t';
import { useCan } from '../lib/use-can';
import { PageSpinner } from './page-spinner';

/** Each tab's component, loaded once on first show. */
const LOADED = new Map<string, ComponentType<{ unitId: string }>>(
  UNIT_TABS.map((tab: UnitTab) => [tab.key, lazy(async () => ({ default: await tab.load() }))]),
);

/** The tabs other features add to the unit page that the person may see, for one unit. */
export function useUnitTabs(unitId: string): NonNullable<TabsProps['items']> {
  const t = useT();
  const can = useCan();
  return UNIT_TABS.filter((tab) => can(tab.permission)).map((tab) => {
    const Content = LOADED.get(tab.key)!;
    return {
      key: tab.key,
      label: tab.label(t),
      children: (
        <Suspense fallback={<PageSpinner />}>
          <Content unitId={unitId} />
        </Suspense>
      ),
    };
  });
}
