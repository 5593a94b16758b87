import { availableActions } from '@zeren/contracts';
import { describe, expect, it } from 'vitest';
import { chineseDate } from '../../components/notice-paper';
import { NOTICE_WORKFLOW, noticeText, parseNoticeText } from './types';

describe('notices in the web app', () => {
  it('writes 成文日期 without leading zeros', () => {
    expect(chineseDate('2026-07-01')).toBe('2026年7月1日');
  });

  it('keeps what the editor shows: the text format survives a save and a reload', () => {
    const text = '一、基本情况\n某局办事拖沓。\n（一）原因\n责任不落实。\n二、工作要求\n限期整改。';
    expect(noticeText(parseNoticeText(text))).toBe(text);
  });

  it('offers the drafter submit and the approver approve or return, never issue before approval', () => {
    const drafter = (p: string) => p === 'notice.draft';
    const approver = (p: string) => p === 'notice.approve';
    expect(availableActions(NOTICE_WORKFLOW, 'draft', drafter)).toEqual(['submit']);
    expect(availableActions(NOTICE_WORKFLOW, 'submitted', approver).sort()).toEqual(['approve', 'return']);
    expect(availableActions(NOTICE_WORKFLOW, 'submitted', drafter)).toEqual(['withdraw']);
    expect(availableActions(NOTICE_WORKFLOW, 'approved', drafter)).toEqual(['issue']);
    expect(availableActions(NOTICE_WORKFLOW, 'issued', () => true)).toEqual([]);
  });
});
