import { like } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import { unit } from './org/org.table';

const qb = new QueryBuilder();

/**
 * One month of a campaign over a unit and the units under it — dates inclusive, instants
 * [start, end) in Asia/Shanghai: the area each module counts its figures of a monthly report over.
 */
export interface MonthArea {
  campaignId: string;
  unitPath: string;
  from: string;
  to: string;
  start: Date;
  end: Date;
}

/** The ids of the unit at `unitPath` and of every unit under it, as a subquery. */
export function unitsUnder(unitPath: string) {
  return qb
    .select({ id: unit.id })
    .from(unit)
    .where(like(unit.path, `${unitPath}%`));
}
