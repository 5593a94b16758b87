import { PERMISSIONS, ROUTES } from '@zeren/contracts';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../i18n/catalogs';
import { buildNavItems, selectedKey } from './nav-menu';
import { LIST_PAGES, listHref, MENU_GROUPS, MENU_PAGES, PAGES, WEB_MODULES, WORKBENCH } from './registry';

describe('the web module registry', () => {
  it('has unique module names, page paths, menu test ids and group ids', () => {
    const unique = (values: string[]) => expect(new Set(values).size).toBe(values.length);
    unique(WEB_MODULES.map((module) => module.name));
    unique(PAGES.map((page) => page.path));
    unique(MENU_PAGES.map((page) => page.menu.testId));
    unique(MENU_GROUPS.map((group) => group.id));
  });

  it('puts menu entries only in groups some feature opens, and names only real permissions', () => {
    const groups = new Set(MENU_GROUPS.map((group) => group.id));
    for (const { path, menu, permission } of MENU_PAGES) {
      if (menu.group) expect(groups.has(menu.group), path).toBe(true);
      if (permission) expect(PERMISSIONS, path).toContain(permission);
    }
  });

  it('builds the menu a user may see, in order, groups only with entries', () => {
    const t = catalogs['zh-CN'];
    const keys = (items: ReturnType<typeof buildNavItems>): unknown[] =>
      items.map((item) =>
        item && 'children' in item && item.children ? { [String(item.key)]: keys(item.children) } : item?.key,
      );
    const clerk = new Set(['duties.item.read', 'duties.item.draft', 'keyTask.read', 'campaign.read']);
    expect(keys(buildNavItems((p) => clerk.has(p), t))).toEqual([
      '/',
      { duties: ['/duties/items', '/duties/key-tasks'] },
      '/campaign',
      '/calendar',
    ]);
    expect(keys(buildNavItems((p) => p === 'audit.read', t))).toEqual(['/', '/calendar', '/audit']);
  });

  it('selects the longest page path the location is in', () => {
    expect(selectedKey('/duties/items')).toBe('/duties/items');
    expect(selectedKey('/duties/items/x')).toBe('/duties/items');
    expect(selectedKey('/nowhere')).toBe('/');
  });

  it('links list operations to pages that exist, by operations that exist, each once', () => {
    const paths = new Set(PAGES.map((page) => page.path));
    const lists = WEB_MODULES.flatMap((module) => module.lists ?? []);
    expect(new Set(lists.map((list) => list.operationId)).size).toBe(lists.length);
    for (const list of LIST_PAGES.values()) {
      expect(Object.keys(ROUTES)).toContain(list.operationId);
      expect(paths.has(list.path), list.operationId).toBe(true);
    }
    expect(listHref('listKeyTasks', { status: 'overdue' })).toBe('/duties/key-tasks?status=overdue');
    // The key tasks and commitments pages list the campaign a link names (a dashboard figure of an
    // earlier campaign opens that campaign's list, not the current one's).
    expect(listHref('listKeyTasks', { status: 'overdue', campaignId: 'c1' })).toBe(
      '/duties/key-tasks?status=overdue&campaignId=c1',
    );
    expect(listHref('listCommitments', { status: 'fulfilled', campaignId: 'c1', unitId: 'u1' })).toBe(
      '/commitments?status=fulfilled&campaignId=c1&unitId=u1',
    );
    // 催办记录 keeps every filter of the figure 催办次数.
    expect(
      listHref('listSupervisionReminders', {
        campaignId: 'c1',
        kind: 'manual',
        remindedFrom: '2026-04-01',
        remindedTo: '2026-04-30',
      }),
    ).toBe('/supervision/reminders?campaignId=c1&kind=manual&remindedFrom=2026-04-01&remindedTo=2026-04-30');
    expect(listHref('listDutyItemApprovals', {})).toBe('/duties/approvals');
    // The workbench counts sub-items too: the board shows them as well, in the campaign counted
    // (a dashboard's may not be the current one).
    expect(listHref('listSupervisionItems', { colour: 'red', campaignId: 'c1' })).toBe(
      '/supervision?colour=red&campaignId=c1&subItems=true',
    );
    expect(listHref('listLeads', { source: 'media_exposure', campaignId: 'c1' })).toBe(
      '/accountability/leads?source=media_exposure&campaignId=c1',
    );
    // The three entries of fault tolerance, role grants and spot-check results open their pages
    // filtered as counted: the cases of every campaign, 授权审批 (pending only, always), and
    // the inspector's own targets still waiting for a result (the page's 待登记 is `toRecord`).
    expect(listHref('listCases', { exemptionToDecide: 'true' })).toBe(
      '/accountability/cases?exemptionToDecide=true',
    );
    expect(listHref('listRoleGrants', { status: 'pending' })).toBe('/security/role-grants');
    expect(listHref('listSpotCheckTargets', { assignedToMe: 'true', open: 'true' })).toBe(
      '/spot-checks/targets?assignedToMe=true&toRecord=true',
    );
    expect(listHref('noSuchList')).toBeNull();
  });

  it('labels every workbench entry in both languages, each key once', () => {
    const cards = WEB_MODULES.flatMap((module) => module.workbench ?? []);
    expect(new Set(cards.map((card) => card.key)).size).toBe(cards.length);
    for (const card of WORKBENCH.values())
      for (const t of Object.values(catalogs)) {
        expect(card.label(t), card.key).not.toBe('');
        expect(card.hint(t), card.key).not.toBe('');
      }
    // The entries the server counts today.
    expect([...WORKBENCH.keys()].sort()).toEqual(
      [
        'accountability.awaitingReply',
        'accountability.casesOverdue',
        'accountability.exemptionsToDecide',
        'accountability.toApprove',
        'accountability.toTriage',
        'duties.returned',
        'duties.toApprove',
        'evaluation.ballotsToCast',
        'evaluation.exemplarsToReview',
        'evaluation.flaggedToReview',
        'keyTasks.dueSoon',
        'keyTasks.extensions',
        'keyTasks.overdue',
        'monthlyReports.owed',
        'monthlyReports.toApprove',
        'notices.toApprove',
        'notifications.unread',
        'rectification.overdue',
        'rectification.toConfirm',
        'rectification.toSignOff',
        'roleGrants.toApprove',
        'spotChecks.resultsOwed',
        'statements.commitmentsDue',
        'statements.toApprove',
        'statements.toModerate',
        'suggestions.toAnswer',
        'supervision.blue',
        'supervision.pendingDecision',
        'supervision.red',
        'supervision.toAccept',
        'supervision.yellow',
      ].sort(),
    );
  });
});
