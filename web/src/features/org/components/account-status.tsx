import type { Account } from '@zeren/contracts';
import { Flex, Tag } from 'antd';
import { useT } from '../../../i18n/use-t';

export function isLocked(account: Pick<Account, 'lockedUntil'>, now = Date.now()): boolean {
  return account.lockedUntil !== null && new Date(account.lockedUntil).getTime() > now;
}

export function AccountStatus({ account }: { account: Account }) {
  const t = useT();
  const locked = isLocked(account);
  return (
    <Flex gap={4} wrap data-testid="account-status">
      {account.disabled && <Tag color="default">{t.account.disabled}</Tag>}
      {locked && <Tag color="orange">{t.account.locked}</Tag>}
      {!account.disabled && !locked && <Tag color="green">{t.account.active}</Tag>}
    </Flex>
  );
}
