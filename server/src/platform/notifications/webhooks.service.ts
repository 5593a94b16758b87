import type { SetUnitWebhookInput, UnitWebhook } from '@zeren/contracts';
import { inTransaction, requireActor, type ServiceContext } from '../context';
import type { FieldCipher } from '../crypto';
import { unitRecord } from '../org/org.records';
import { grantScope } from '../scope';
import * as repo from './notifications.repository';

/**
 * A robot's address as it may be shown and logged: its origin and the last four characters of
 * the rest (the key), enough to tell two apart, not to post with.
 */
export function maskWebhookUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const rest = `${parsed.pathname}${parsed.search}`;
    return `${parsed.origin}/…${rest.length > 8 ? rest.slice(-4) : ''}`;
  } catch {
    return '…';
  }
}

function maskedOf(cipher: FieldCipher, urlEnc: string | null | undefined): string | null {
  return urlEnc ? maskWebhookUrl(cipher.decrypt(urlEnc)) : null;
}

/** The units in the caller's scope that post their daily digest to a group robot, by name; addresses masked. */
export async function listWebhooks(ctx: ServiceContext): Promise<{ items: UnitWebhook[] }> {
  const rows = await repo.listWebhooks(ctx.db, grantScope(ctx));
  return {
    items: rows.map((row) => ({
      unitId: row.unitId,
      unitName: row.unitName,
      url: maskedOf(ctx.cipher, row.urlEnc),
      updatedAt: row.updatedAt.toISOString(),
    })),
  };
}

/** Sets (or, with null, removes) the group robot of a unit in the caller's scope; logged with masked addresses. */
export async function setUnitWebhook(
  ctx: ServiceContext,
  unitId: string,
  input: SetUnitWebhookInput,
): Promise<UnitWebhook> {
  const actor = requireActor(ctx);
  return inTransaction(ctx, async (tx) => {
    const target = await unitRecord.loadForChange(tx, unitId);
    const before = await repo.findWebhook(tx.tx, unitId);
    const beforeUrl = maskedOf(ctx.cipher, before?.urlEnc);
    let result: UnitWebhook;
    if (input.url === null) {
      if (!before) return { unitId, unitName: target.name, url: null, updatedAt: null };
      await repo.deleteWebhook(tx.tx, unitId);
      result = { unitId, unitName: target.name, url: null, updatedAt: null };
    } else {
      const row = await repo.upsertWebhook(tx.tx, {
        unitId,
        urlEnc: ctx.cipher.encrypt(input.url),
        updatedBy: actor.userId,
        updatedAt: ctx.clock.now(),
      });
      result = {
        unitId,
        unitName: target.name,
        url: maskWebhookUrl(input.url),
        updatedAt: row.updatedAt.toISOString(),
      };
    }
    await tx.audit({
      action: 'notification.webhook_set',
      recordType: 'notification_webhook',
      recordId: unitId,
      unitId,
      before: { url: beforeUrl },
      after: { url: result.url },
    });
    return result;
  });
}
