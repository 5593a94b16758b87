import { ROLE_GRANT_WORKFLOW } from '@zeren/contracts';
import type { FastifyInstance } from 'fastify';
import { listExportRoute } from '../list-export';
import { route, workflowRoute } from '../routes';
import { registerWorkbenchSource } from '../workbench';
import * as org from './org.service';

/** Units, persons and accounts. */
export function orgRoutes(app: FastifyInstance): void {
  route(app, 'listUnits', async (req) => ({ items: await org.listUnits(req.ctx, req.query) }));
  route(app, 'getUnit', (req) => org.getUnit(req.ctx, req.params.id));
  route(app, 'createUnit', (req) => org.createUnit(req.ctx, req.body));
  route(app, 'updateUnit', (req) => org.updateUnit(req.ctx, req.params.id, req.body));
  route(app, 'moveUnit', (req) => org.moveUnit(req.ctx, req.params.id, req.body.parentId));
  route(app, 'deleteUnit', async (req) => {
    await org.deleteUnit(req.ctx, req.params.id);
    return { ok: true as const };
  });

  route(app, 'listPersons', (req) => org.listPersons(req.ctx, req.query));
  listExportRoute(app, 'exportPersons', org.listPersons);
  route(app, 'viewPerson', (req) => org.viewPerson(req.ctx, req.params.id));
  route(app, 'createPerson', (req) => org.createPerson(req.ctx, req.body));
  route(app, 'updatePerson', (req) => org.updatePerson(req.ctx, req.params.id, req.body));
  route(app, 'deletePerson', async (req) => {
    await org.deletePerson(req.ctx, req.params.id);
    return { ok: true as const };
  });

  route(app, 'listAccounts', (req) => org.listAccounts(req.ctx, req.query));
  listExportRoute(app, 'exportAccounts', org.listAccounts);
  route(app, 'getAccount', (req) => org.getAccount(req.ctx, req.params.id));
  route(app, 'createAccount', (req) => org.createAccount(req.ctx, req.body));
  route(app, 'updateAccount', (req) => org.updateAccount(req.ctx, req.params.id, req.body));

  // 三员分立: the security administrator decides on the roles the system administrator requested.
  registerWorkbenchSource(org.pendingRoleGrantsEntry);
  route(app, 'listRoleGrants', (req) => org.listRoleGrants(req.ctx, req.query));
  listExportRoute(app, 'exportRoleGrants', org.listRoleGrants);
  workflowRoute(app, ROLE_GRANT_WORKFLOW, 'RoleGrant', (req, action, id, input) =>
    org.decideRoleGrant(req.ctx, id, action, input),
  );
}
