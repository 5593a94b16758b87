import type { CampaignDomain } from '@zeren/contracts';
import { Checkbox, Flex, Select } from 'antd';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useT } from '../../../i18n/use-t';
import { type KeyTaskFilters as Filters, KEY_TASK_STATUSES } from '../types';

/** Domain, unit and status filters; for those who decide extensions, the tasks waiting for them. */
export function KeyTaskFilters({
  value,
  domains,
  canDecide,
  onChange,
}: {
  value: Filters;
  domains: CampaignDomain[];
  canDecide: boolean;
  onChange: (value: Filters) => void;
}) {
  const t = useT();
  const field = { flex: '1 1 180px', maxWidth: 320 };
  return (
    <Flex gap="small" wrap className="toolbar" data-testid="key-task-filters">
      <Select
        allowClear
        placeholder={t.keyTask.allDomains}
        aria-label={t.keyTask.domain}
        value={value.domainId}
        onChange={(domainId) => onChange({ ...value, domainId: domainId || undefined })}
        options={domains.map((domain) => ({ value: domain.id, label: domain.title }))}
        style={field}
        data-testid="key-task-filter-domain"
      />
      <UnitTreeSelect
        allowClear
        placeholder={t.person.allUnits}
        aria-label={t.keyTask.unit}
        value={value.unitId}
        onChange={(unitId) => onChange({ ...value, unitId: unitId || undefined })}
        style={{ ...field, minWidth: 200 }}
        data-testid="key-task-filter-unit"
      />
      <Select
        allowClear
        placeholder={t.keyTask.allStatuses}
        aria-label={t.keyTask.status}
        value={value.status}
        onChange={(status) => onChange({ ...value, status: status || undefined })}
        options={KEY_TASK_STATUSES.map((status) => ({ value: status, label: t.keyTaskStatus[status] }))}
        style={field}
        data-testid="key-task-filter-status"
      />
      {(canDecide || value.pendingExtension) && (
        <Checkbox
          checked={value.pendingExtension === 'true'}
          onChange={(event) =>
            onChange({ ...value, pendingExtension: event.target.checked ? 'true' : undefined })
          }
          style={{ alignSelf: 'center' }}
          data-testid="key-task-filter-pending-extension"
        >
          {t.keyTask.pendingExtensionFilter}
        </Checkbox>
      )}
    </Flex>
  );
}
