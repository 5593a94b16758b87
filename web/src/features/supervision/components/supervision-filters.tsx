import type { CampaignDomain } from '@zeren/contracts';
import { Button, Checkbox, Flex, Select } from 'antd';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { useLocale, useT } from '../../../i18n/use-t';
import { formatCount } from '../../../lib/format';
import { useColourCounts } from '../api/list-supervision-items';
import {
  SUPERVISION_COLOURS,
  SUPERVISION_ITEM_STATUSES,
  type SupervisionColour,
  type SupervisionItemFilters,
} from '../types';
import { ColourDot } from './supervision-colour-tag';

/** The board's filters as its address holds them: the list's, and whether sub-items show too. */
export type BoardFilters = Omit<SupervisionItemFilters, 'campaignId' | 'topLevel'> & {
  subItems?: 'true' | undefined;
};

/**
 * Domain, unit, status and colour (within a campaign: colours are counted on its thresholds);
 * sub-items too (a co-operating unit's), on request.
 */
export function SupervisionFilters({
  value,
  domains,
  colours,
  onChange,
}: {
  value: BoardFilters;
  domains: CampaignDomain[];
  colours: boolean;
  onChange: (value: BoardFilters) => void;
}) {
  const t = useT();
  const field = { flex: '1 1 160px', maxWidth: 300 };
  return (
    <Flex gap="small" wrap className="toolbar" data-testid="supervision-filters">
      <Select
        allowClear
        placeholder={t.supervision.allDomains}
        aria-label={t.supervision.domain}
        value={value.domainId}
        onChange={(domainId) => onChange({ ...value, domainId: domainId || undefined })}
        options={domains.map((domain) => ({ value: domain.id, label: domain.title }))}
        style={field}
        data-testid="supervision-filter-domain"
      />
      <UnitTreeSelect
        allowClear
        placeholder={t.person.allUnits}
        aria-label={t.supervision.unit}
        value={value.unitId}
        onChange={(unitId) => onChange({ ...value, unitId: unitId || undefined })}
        style={{ ...field, minWidth: 180 }}
        data-testid="supervision-filter-unit"
      />
      <Select
        allowClear
        placeholder={t.supervision.allStatuses}
        aria-label={t.supervision.status}
        value={value.status}
        onChange={(status) => onChange({ ...value, status: status || undefined })}
        options={SUPERVISION_ITEM_STATUSES.map((status) => ({
          value: status,
          label: t.supervisionStatus[status],
        }))}
        style={field}
        data-testid="supervision-filter-status"
      />
      {colours && (
        <Select
          allowClear
          placeholder={t.supervision.allColours}
          aria-label={t.supervision.colour}
          value={value.colour}
          onChange={(colour) => onChange({ ...value, colour: colour || undefined })}
          options={SUPERVISION_COLOURS.map((colour) => ({
            value: colour,
            label: (
              <span>
                <ColourDot colour={colour} />
                {t.supervisionColour[colour]}
              </span>
            ),
          }))}
          style={field}
          data-testid="supervision-filter-colour"
        />
      )}
      <Checkbox
        checked={value.subItems === 'true'}
        onChange={(event) => onChange({ ...value, subItems: event.target.checked ? 'true' : undefined })}
        style={{ alignSelf: 'center' }}
        data-testid="supervision-filter-sub-items"
      >
        {t.supervision.showSubItems}
      </Checkbox>
    </Flex>
  );
}

/**
 * How many items have each colour today under the other filters: each chip filters the board by
 * its colour (pressed while it does), 全部 clears the colour.
 */
export function ColourChips({
  query,
  colour,
  onChange,
  enabled,
}: {
  /** The board's query without its colour. */
  query: Omit<SupervisionItemFilters, 'colour'>;
  colour: SupervisionColour | undefined;
  onChange: (colour: SupervisionColour | undefined) => void;
  enabled: boolean;
}) {
  const t = useT();
  const locale = useLocale();
  const counts = useColourCounts(query, enabled);
  const text = (count: { total: number; exact: boolean } | undefined) =>
    count === undefined ? '…' : `${formatCount(count.total, locale)}${count.exact ? '' : '+'}`;
  const chips: { key: string; colour: SupervisionColour | undefined; label: string; count: string }[] = [
    { key: 'all', colour: undefined, label: t.supervision.allItems, count: text(counts.all) },
    ...(['red', 'yellow', 'blue', 'none'] as const).map((c) => ({
      key: c,
      colour: c,
      label: t.supervisionColour[c],
      count: text(counts.byColour[c]),
    })),
  ];
  return (
    <Flex
      gap="small"
      wrap
      className="supervision-chips"
      role="group"
      aria-label={t.supervision.colourSummary}
      data-testid="supervision-chips"
    >
      {chips.map((chip) => {
        const pressed = chip.colour === colour;
        return (
          <Button
            key={chip.key}
            className="supervision-chip"
            type={pressed ? 'primary' : 'default'}
            ghost={pressed}
            aria-pressed={pressed}
            onClick={() => onChange(chip.colour)}
            data-testid={`supervision-chip-${chip.key}`}
            data-count={chip.count}
          >
            {chip.colour && <ColourDot colour={chip.colour} />}
            {chip.label} <span className="supervision-chip-count">{chip.count}</span>
          </Button>
        );
      })}
    </Flex>
  );
}
