import { Checkbox, Flex } from 'antd';
import { useEffect, useState } from 'react';
import { PageHeader } from '../../../components/page-header';
import { useT } from '../../../i18n/use-t';
import { useOpenParam } from '../../../lib/open-param';
import { flagFilter, textFilter, useUrlFilters } from '../../../lib/url-filters';
import { useCan } from '../../../lib/use-can';
import { useCurrentCampaign } from '../../campaign/api/get-current-campaign';
import { useSpotCheckTargetsPage } from '../api/list-spot-check-targets';
import { TargetDrawer } from '../components/target-drawer';
import { TargetsTable } from '../components/targets-table';

/**
 * The filters the page reads from its address. 待登记 is `toRecord` there (the API's `open`):
 * `?open=<id>` opens one target's drawer (the audit log and histories link so).
 */
const FILTERS = { planId: textFilter, unitId: textFilter, assignedToMe: flagFilter, toRecord: flagFilter };

/**
 * 检查任务: drawn targets whose unit is in the caller's scope — an inspector's own tasks (只看我的,
 * 待登记), a unit's checks of itself once drawn — each opening its drawer (result, findings).
 */
export function SpotCheckTargetsPage() {
  const t = useT();
  const can = useCan();
  const campaign = useCurrentCampaign(can('campaign.read'));
  const [filters, setFilters] = useUrlFilters(FILTERS);
  const { toRecord, ...rest } = filters;
  const query = { ...rest, open: toRecord };
  const targets = useSpotCheckTargetsPage(query);
  const [opened, clearOpened] = useOpenParam();
  const [open, setOpen] = useState<string | null>(null);
  useEffect(() => {
    if (opened) setOpen(opened);
  }, [opened]);
  return (
    <>
      <PageHeader title={t.nav.spotCheckTargets} />
      <Flex gap="middle" wrap className="toolbar">
        {can('spotCheck.inspect') && (
          <Checkbox
            checked={filters.assignedToMe === 'true'}
            onChange={(e) => setFilters({ ...filters, assignedToMe: e.target.checked ? 'true' : undefined })}
            data-testid="spot-check-filter-mine"
          >
            {t.spotCheck.assignedToMe}
          </Checkbox>
        )}
        <Checkbox
          checked={filters.toRecord === 'true'}
          onChange={(e) => setFilters({ ...filters, toRecord: e.target.checked ? 'true' : undefined })}
          data-testid="spot-check-filter-open"
        >
          {t.spotCheck.open}
        </Checkbox>
      </Flex>
      <TargetsTable
        pager={targets}
        showPlan
        onOpen={(target) => setOpen(target.id)}
        exportList={{ operationId: 'exportSpotCheckTargets', query }}
      />
      {open && (
        <TargetDrawer
          id={open}
          campaign={campaign.data ?? null}
          onClose={() => {
            setOpen(null);
            clearOpened();
          }}
        />
      )}
    </>
  );
}
