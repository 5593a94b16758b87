import { z } from 'zod';
import { localeSchema } from './common';
import { roleAssignmentViewSchema, unitSchema } from './org';
import { permissionSchema } from './roles';

export const loginSchema = z
  .object({
    username: z.string().trim().min(1).max(100),
    password: z.string().min(1).max(200),
  })
  .strict();

export const meSchema = z.object({
  user: z.object({ id: z.uuid(), username: z.string(), locale: localeSchema }),
  person: z.object({ id: z.uuid(), name: z.string(), position: z.string().nullable() }),
  unit: unitSchema.pick({ id: true, name: true, kind: true, level: true }),
  roles: z.array(roleAssignmentViewSchema),
  permissions: z.array(permissionSchema),
});
export type Me = z.infer<typeof meSchema>;

export const updatePreferencesSchema = z.object({ locale: localeSchema }).strict();

/** One active session as listed to the security administrator; the token hash is never included. */
export const activeSessionSchema = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  username: z.string(),
  personName: z.string(),
  unitName: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
});
export type ActiveSession = z.infer<typeof activeSessionSchema>;
