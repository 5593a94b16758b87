import type { z } from 'zod';
import type { RouteMap } from './http';
import type { Role } from './roles';

/** A record type: the permission that reads it (its data scope decides which records). */
export interface RecordTypeContract<P extends string = string> {
  readPermission: P;
}

/**
 * What a module declares to the rest of the system: its permissions and which roles hold them,
 * its record types, the audit events it writes, its error codes and its routes. The registry
 * (`registry.ts`) joins the modules; nothing else lists them.
 */
export interface ModuleContract<P extends string = string> {
  name: string;
  permissions: readonly P[];
  /** The module's permissions each role holds. */
  grants: Partial<Record<Role, readonly P[]>>;
  records: Record<string, RecordTypeContract<P>>;
  auditEvents: readonly z.ZodObject[];
  errors: Record<string, number>;
  routes: RouteMap<P>;
}

/**
 * Keeps a module contract's literal types. That its routes and grants name only its own (or
 * core) permissions is checked when the registry joins the modules.
 */
export const defineModuleContract = <const M extends ModuleContract>(contract: M): M => contract;
