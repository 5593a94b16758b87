import {
  availableActions,
  COMMITMENT_STATUSES,
  DUTY_STATEMENT_STATUSES,
  DUTY_STATEMENT_WORKFLOW,
  STATEMENT_COMMENT_STATUSES,
} from '@zeren/contracts';
import { describe, expect, it } from 'vitest';
import { listHref, WORKBENCH } from '../../app/registry';
import { catalogs } from '../../i18n/catalogs';
import { statementIdOf } from './api/locate-statement';
import { cleanEditorHtml, isBlankHtml, toggledBlock } from './rich-text';
import { shownStatementActions } from './statement-actions';

describe('duty statements in the web app', () => {
  it('offers the unit leader 签发, the campaign office approval, publication and taking down', () => {
    const unitStaff = (p: string) => p === 'statement.read' || p === 'statement.draft';
    const unitLeader = (p: string) => unitStaff(p) || p === 'statement.sign';
    const office = (p: string) => p === 'statement.read' || p === 'statement.approve';
    const W = DUTY_STATEMENT_WORKFLOW;
    expect(availableActions(W, 'draft', unitStaff)).toEqual([]);
    expect(availableActions(W, 'draft', unitLeader)).toEqual(['submit']);
    expect(availableActions(W, 'submitted', unitLeader)).toEqual([]);
    expect(availableActions(W, 'submitted', office).sort()).toEqual(['approve', 'return']);
    expect(availableActions(W, 'approved', office)).toEqual(['publish']);
    expect(availableActions(W, 'published', office)).toEqual(['unpublish']);
  });

  it('never offers approval or return to whoever wrote, edited or signed the statement (four eyes)', () => {
    expect(shownStatementActions({ authoredByYou: true }, ['approve', 'return'])).toEqual([]);
    expect(shownStatementActions({ authoredByYou: false }, ['approve', 'return'])).toEqual([
      'approve',
      'return',
    ]);
    expect(shownStatementActions({ authoredByYou: true }, ['submit'])).toEqual(['submit']);
    expect(shownStatementActions({ authoredByYou: true }, ['publish'])).toEqual(['publish']);
  });

  it('saves an editor holding nothing as an empty body, and drops the line breaks closing blocks', () => {
    for (const blank of ['', '<p><br></p>', '<p></p><p><br/></p>', '<br>', ' &nbsp; ', '<h2><br></h2>'])
      expect(isBlankHtml(blank), blank).toBe(true);
    expect(isBlankHtml('<p>一</p>')).toBe(false);
    expect(cleanEditorHtml('<p><br></p>')).toBe('');
    expect(cleanEditorHtml('<h2>一、履职情况</h2><p>正文<br></p><p><br></p>')).toBe(
      '<h2>一、履职情况</h2><p>正文</p>',
    );
    expect(cleanEditorHtml('<ol><li>甲<br></li></ol>')).toBe('<ol><li>甲</li></ol>');
  });

  it('toggles a heading back to a paragraph', () => {
    expect(toggledBlock('p', 'h2')).toBe('h2');
    expect(toggledBlock('h2', 'h2')).toBe('p');
    expect(toggledBlock('<H3>', 'h3')).toBe('p');
    expect(toggledBlock('h3', 'h2')).toBe('h2');
  });

  it('finds the statement of a commitment or a comment in its history', () => {
    const entry = (after: Record<string, unknown> | null, before: Record<string, unknown> | null = null) => ({
      seq: 1,
      occurredAt: '2026-12-01T00:00:00Z',
      actorName: null,
      action: 'commitment.created',
      recordType: 'commitment',
      recordId: 'c1',
      before,
      after,
    });
    expect(statementIdOf([entry({ promise: 'x' }), entry({ statementId: 's1', promise: 'x' })])).toBe('s1');
    expect(statementIdOf([entry(null, { statementId: 's2' })])).toBe('s2');
    expect(statementIdOf([entry({ status: 'fulfilled' })])).toBeNull();
  });

  it('links the workbench entries to the lists, the statements without the campaign', () => {
    expect(listHref('listDutyStatements', { toApprove: true, campaignId: 'c1' })).toBe(
      '/statements?toApprove=true',
    );
    expect(listHref('listDutyStatements', { toModerate: 'true' })).toBe('/statements?toModerate=true');
    // The commitments keep a link's campaign (a dashboard figure's, perhaps an earlier campaign's).
    expect(listHref('listCommitments', { campaignId: 'c1' })).toBe('/commitments?campaignId=c1');
    expect(listHref('listCommitments', { status: 'overdue', unitId: 'u1' })).toBe(
      '/commitments?status=overdue&unitId=u1',
    );
    for (const key of ['statements.toApprove', 'statements.toModerate', 'statements.commitmentsDue'])
      expect(WORKBENCH.has(key), key).toBe(true);
  });

  it.each(Object.entries(catalogs))('%s labels every status, action and kind', (_locale, t) => {
    expect(Object.keys(t.statementStatus).sort()).toEqual([...DUTY_STATEMENT_STATUSES].sort());
    expect(Object.keys(t.statementAction).sort()).toEqual(
      Object.keys(DUTY_STATEMENT_WORKFLOW.actions).sort(),
    );
    expect(Object.keys(t.commitmentStatus).sort()).toEqual([...COMMITMENT_STATUSES].sort());
    expect(Object.keys(t.statementCommentStatus).sort()).toEqual([...STATEMENT_COMMENT_STATUSES].sort());
    expect(Object.keys(t.commitmentProgressKind).sort()).toEqual(['fulfilment', 'not_fulfilled', 'progress']);
  });
});
