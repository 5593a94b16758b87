import { COMMITMENT_STATUSES as CONTRACT_STATUSES } from '@zeren/contracts';
import { describe, expect, it } from 'vitest';
import { COMMITMENT_STATUSES } from './commitment-status';
import { enUS } from './i18n/en-US';
import { zhCN } from './i18n/zh-CN';

describe('the portal duty statements', () => {
  it('know the commitment statuses of the contracts, in their order, each named in both languages', () => {
    expect([...COMMITMENT_STATUSES]).toEqual([...CONTRACT_STATUSES]);
    for (const status of COMMITMENT_STATUSES) {
      expect(zhCN[`commitmentStatus.${status}`]).toBeTruthy();
      expect(enUS[`commitmentStatus.${status}`]).toBeTruthy();
    }
  });
});
