import type { NoticeSection } from '@zeren/contracts';
import './notice-paper.css';

const DIGITS = '零一二三四五六七八九';
/** 1 → 一, 12 → 十二, 35 → 三十五, as the .docx numbers headings. */
function numeral(n: number): string {
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : DIGITS[tens]}十${n % 10 ? DIGITS[n % 10] : ''}`;
}
function headingNumber(depth: number, n: number): string {
  if (depth === 0) return `${numeral(n)}、`;
  if (depth === 1) return `（${numeral(n)}）`;
  if (depth === 2) return `${n}.`;
  return `（${n}）`;
}

/** 2026-07-01 → 2026年7月1日 (成文日期: no leading zeros). */
export function chineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

function Body({
  sections,
  depth = 0,
  path = 'b',
}: {
  sections: readonly NoticeSection[];
  depth?: number;
  path?: string;
}) {
  let n = 0;
  return (
    <>
      {sections.map((s, i) => {
        const key = `${path}-${i}`;
        if (s.heading) n += 1;
        const level = Math.min(depth, 3);
        return (
          <div key={key}>
            {s.heading ? (
              <p className={`np-h np-h${level}`}>
                {headingNumber(level, n)}
                {s.heading}
              </p>
            ) : null}
            {(s.paragraphs ?? []).map((p, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs have no identity but their place.
              <p key={`${key}-p${j}`} className="np-p">
                {p}
              </p>
            ))}
            {s.sections?.length ? (
              <Body sections={s.sections} depth={s.heading ? depth + 1 : depth} path={key} />
            ) : null}
          </div>
        );
      })}
    </>
  );
}

export interface NoticePaperProps {
  issuer: string;
  documentNumber: string | null;
  title: string;
  recipients: string;
  body: readonly NoticeSection[];
  signature: string;
  /** 成文日期 (YYYY-MM-DD); null shows `datePlaceholder`. */
  date: string | null;
  cc: readonly string[];
  /** Shown where the number will be before the notice is issued. */
  numberPlaceholder?: string;
  datePlaceholder?: string;
}

/**
 * A notice on paper, laid out as its official document: the issuer's red mark, the document number
 * over the red rule, the title, 主送机关, the body with its headings numbered 一、（一）1.（1）,
 * signature and date on the right, and the colophon (抄送, 印发). Plain elements only (the portal
 * uses it too). Always Chinese: it is the document's own text.
 */
export function NoticePaper(props: NoticePaperProps) {
  const date = props.date ? chineseDate(props.date) : null;
  return (
    <article className="notice-paper" lang="zh-CN" data-testid="notice-paper">
      <p className="np-issuer">{props.issuer}</p>
      <p className="np-number" data-testid="notice-paper-number">
        {props.documentNumber ?? <span className="np-placeholder">{props.numberPlaceholder ?? ''}</span>}
      </p>
      <h2 className="np-title">{props.title}</h2>
      {props.recipients ? <p>{props.recipients}：</p> : null}
      <Body sections={props.body} />
      <p className="np-signature">{props.signature}</p>
      <p className="np-date">
        {date ?? <span className="np-placeholder">{props.datePlaceholder ?? ''}</span>}
      </p>
      <div className="np-colophon">
        {props.cc.length > 0 ? <p className="np-cc">抄送：{props.cc.join('，')}。</p> : null}
        <p className="np-printed">
          <span>{props.issuer}</span>
          <span>{date ? `${date}印发` : ''}</span>
        </p>
      </div>
    </article>
  );
}
