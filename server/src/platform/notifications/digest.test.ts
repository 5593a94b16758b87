import { describe, expect, it } from 'vitest';
import { digestWindow, dueDigestDay, escapeMarkdown, robotBody } from './digest';

describe('the digest day and its window (Beijing time)', () => {
  it('is today once the hour has come, else yesterday', () => {
    expect(dueDigestDay(new Date('2026-06-01T08:59:59Z'), 17)).toBe('2026-05-31'); // 16:59 Beijing
    expect(dueDigestDay(new Date('2026-06-01T09:00:00Z'), 17)).toBe('2026-06-01'); // 17:00
    // 00:30 Beijing on 2 June is still before 17:00 of 2 June.
    expect(dueDigestDay(new Date('2026-06-01T16:30:00Z'), 17)).toBe('2026-06-01');
    expect(dueDigestDay(new Date('2026-06-01T16:30:00Z'), 0)).toBe('2026-06-02');
  });

  it('covers the 24 hours before the hour of its day', () => {
    expect(digestWindow('2026-06-01', 17)).toEqual({
      from: new Date('2026-05-31T09:00:00Z'),
      to: new Date('2026-06-01T09:00:00Z'),
    });
    expect(digestWindow('2026-01-01', 0)).toEqual({
      from: new Date('2025-12-30T16:00:00Z'),
      to: new Date('2025-12-31T16:00:00Z'),
    });
  });
});

describe('the robot message', () => {
  it('keeps titles as text: markup characters in their full-width forms, one line each', () => {
    expect(escapeMarkdown('[急](http://x) *a* _b_ `c` <b>#1\\\nnext')).toBe(
      '［急］（http://x） ＊a＊ ＿b＿ ｀c｀ ＜b＞＃1＼ next',
    );
  });

  it('is markdown both robots read: content (企业微信), title and text (钉钉)', () => {
    const body = robotBody({
      locale: 'zh-CN',
      title: '标题',
      intro: '引言',
      items: [{ text: '一项', url: null }],
      more: null,
      link: { label: '查看', url: 'https://zeren.example.cn/notifications' },
      footer: null,
    });
    expect(body).toEqual({
      msgtype: 'markdown',
      markdown: {
        content: '### 标题\n引言\n- 一项\n[查看](https://zeren.example.cn/notifications)',
        title: '标题',
        text: '### 标题\n引言\n- 一项\n[查看](https://zeren.example.cn/notifications)',
      },
    });
  });
});
