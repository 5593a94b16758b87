/** The dashboard's addresses, for its own pages and for other features' links (through module.tsx). */
export const DASHBOARD_PATH = '/dashboard';

/** 单位视图: one unit's figures, its units' heat table and its lists. */
export const UNIT_VIEW_PATH = '/units/:id/overview';

export const unitViewHref = (unitId: string) => UNIT_VIEW_PATH.replace(':id', encodeURIComponent(unitId));
