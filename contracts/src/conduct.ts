import { z } from 'zod';
import { CONDUCT_LABELS, CONDUCT_TYPES, type Conduct } from './vocabulary';

/**
 * 不敢为 / 不会为 / 不想为 / 乱作为 / 不作为 / 慢作为: the conduct a ledger item, an inspection finding
 * and (later) a lead names. One vocabulary for every module that classifies a problem.
 */
export { CONDUCT_LABELS, CONDUCT_TYPES, type Conduct };
export const conductSchema = z.enum(CONDUCT_TYPES);
