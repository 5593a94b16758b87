import { defineRecord } from '../records';
import * as repo from './org.repository';

export const unitRecord = defineRecord({ type: 'unit', find: repo.findUnit });
export const personRecord = defineRecord({ type: 'person', find: repo.findPerson, auditViews: true });
export const accountRecord = defineRecord({ type: 'user_account', find: repo.findAccount });
/** A requested role assignment: its account's person's unit is its scope. */
export const roleGrantRecord = defineRecord({ type: 'role_grant', find: repo.findGrant });
