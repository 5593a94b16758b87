import type { Account } from '@zeren/contracts';
import { Badge, Flex } from 'antd';
import { useT } from '../i18n/use-t';

export function isLocked(account: Pick<Account, 'lockedUntil'>, now = Date.now()): boolean {
  return account.lockedUntil !== null && new Date(account.lockedUntil).getTime() > now;
}

/** Disabled, locked or active; a coloured dot with plain text keeps the label readable. */
export function AccountStatus({ account }: { account: Account }) {
  const t = useT();
  const locked = isLocked(account);
  return (
    <Flex gap="small" wrap data-testid="account-status">
      {account.disabled && <Badge status="default" text={t.account.disabled} />}
      {locked && <Badge status="warning" text={t.account.locked} />}
      {!account.disabled && !locked && <Badge status="success" text={t.account.active} />}
    </Flex>
  );
}
