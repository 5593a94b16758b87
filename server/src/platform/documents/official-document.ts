import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  ImageRun,
  type IRunOptions,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
} from 'docx';

/**
 * An official document (公文) in the layout of GB/T 9704-2012 《党政机关公文格式》, as Word .docx:
 * A4, top margin 37 mm and left 28 mm around a 156 × 225 mm text block of 22 lines of 28
 * characters; body in 3号仿宋; the issuer's mark in red 小标宋 with a red rule under the document
 * number (〔2026〕3号); the title in 2号小标宋; headings 一、(黑体) （一）(楷体) 1.（1）(仿宋);
 * signature and date (2026年7月1日) on the right; the colophon (版记: 抄送, 印发机关 and date) in
 * 4号仿宋 between rules; page numbers “— 1 —” in 4号, odd pages on the right, even on the left.
 * Monthly report digests, accountability notices, evaluation results notices and the dashboard's
 * briefing (with its charts as images) are written with it.
 */
export interface OfficialDocument {
  /** 发文机关标志, e.g. 示范市人民政府督查室. */
  issuer: string;
  /** 发文字号, e.g. 示督〔2026〕3号 (see documentNumber). */
  documentNumber?: string | undefined;
  title: string;
  /** 主送机关, without the final colon. */
  recipients?: string | undefined;
  /** The body: sections numbered 一、（一）1.（1）by depth, and paragraphs. */
  body: DocumentSection[];
  /** 发文机关署名. */
  signature: string;
  /** 成文日期, YYYY-MM-DD (written 2026年7月1日). */
  date: string;
  /** 抄送机关. */
  cc?: string[] | undefined;
  /** 印发机关 and 印发日期 (YYYY-MM-DD) of the colophon; the issuer and the date by default. */
  printedBy?: string | undefined;
  printedOn?: string | undefined;
  /**
   * The language of the words the layout adds (heading numbers, dates, the colophon's 抄送/印发):
   * zh-CN by default; en-US numbers headings 1. (1) and writes 1 July 2026, for a reader of the
   * English interface.
   */
  language?: 'zh-CN' | 'en-US' | undefined;
}

/** A picture in the body (a chart): a PNG and the size it is shown at, in pixels of 1/96 inch. */
export interface DocumentImage {
  png: Buffer;
  width: number;
  height: number;
  /** What it shows, for a reader who cannot see it (Word's alt text). */
  description: string;
}

export interface DocumentSection {
  /** The heading's text, without its number (numbered by depth). */
  heading?: string | undefined;
  paragraphs?: string[] | undefined;
  /** Pictures after the paragraphs, each centred on its own line. */
  images?: DocumentImage[] | undefined;
  sections?: DocumentSection[] | undefined;
}

/** Font names as Chinese offices have them installed. */
export const OFFICIAL_FONTS = {
  fangsong: '仿宋_GB2312',
  xiaobiaosong: '方正小标宋简体',
  heiti: '黑体',
  kaiti: '楷体_GB2312',
  songti: '宋体',
} as const;

/** 号 sizes in half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt. */
const SIZE = { er: 44, san: 32, si: 28 } as const;

const MM = 1440 / 25.4;
const mm = (n: number) => Math.round(n * MM);
/** 22 lines over the 225 mm text block: each line exactly this high (twips). */
const LINE = Math.round((225 / 22) * MM);
/** One character of 3号 (16 pt) in twips: indents are counted in characters. */
const CHAR = 320;
const RED = 'FF0000';

const font = (name: string) => ({ ascii: name, eastAsia: name, hAnsi: name, cs: name });

function run(text: string, options: Omit<IRunOptions, 'text'> & { face?: string } = {}): TextRun {
  const { face = OFFICIAL_FONTS.fangsong, ...rest } = options;
  return new TextRun({ text, font: font(face), size: SIZE.san, ...rest });
}

const exactLine = { line: LINE, lineRule: LineRuleType.EXACT };

function paragraph(
  children: TextRun[],
  options: { align?: 'left' | 'center' | 'right' | 'both'; indentChars?: number; rightChars?: number } = {},
): Paragraph {
  return new Paragraph({
    children,
    alignment:
      options.align === 'center'
        ? AlignmentType.CENTER
        : options.align === 'right'
          ? AlignmentType.RIGHT
          : options.align === 'left'
            ? AlignmentType.LEFT
            : AlignmentType.JUSTIFIED,
    spacing: exactLine,
    indent: {
      ...(options.indentChars ? { firstLine: options.indentChars * CHAR } : {}),
      ...(options.rightChars ? { right: options.rightChars * CHAR } : {}),
    },
  });
}

const blank = () => paragraph([run('')]);

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (up to 99). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new Error(`no Chinese numeral for ${n}`);
  if (n < 10) return CHINESE_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CHINESE_DIGITS[tens]}十${ones ? CHINESE_DIGITS[ones] : ''}`;
}

/** 2026-07-01 → 2026年7月1日 (no leading zeros, as GB/T 9704 writes 成文日期). */
export function chineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${y}年${m}月${d}日`;
}

/** 发文字号: 机关代字, the year in 六角括号 and the number without leading zeros or 第: 示督〔2026〕3号. */
export function documentNumber(prefix: string, year: number, n: number): string {
  return `${prefix}〔${year}〕${n}号`;
}

/** 2026-07-01 → 1 July 2026. */
function englishDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const months = 'January February March April May June July August September October November December';
  return `${d} ${months.split(' ')[m - 1]} ${y}`;
}

type Language = NonNullable<OfficialDocument['language']>;

/** The number of a heading at a depth (0-based): 一、（一）1.（1）, or 1. (1) 1) (1) in English. */
function headingNumber(depth: number, n: number, language: Language = 'zh-CN'): string {
  if (language === 'en-US') return depth === 0 ? `${n}. ` : depth === 2 ? `${n}) ` : `(${n}) `;
  if (depth === 0) return `${chineseNumeral(n)}、`;
  if (depth === 1) return `（${chineseNumeral(n)}）`;
  if (depth === 2) return `${n}.`;
  return `（${n}）`;
}

/** Headings: 黑体, 楷体, then 仿宋 (the third level's number and text run on in the body's font). */
const HEADING_FACE = [
  OFFICIAL_FONTS.heiti,
  OFFICIAL_FONTS.kaiti,
  OFFICIAL_FONTS.fangsong,
  OFFICIAL_FONTS.fangsong,
];

/** A picture centred on a line of its own, whose height follows the picture (not the 22-line grid). */
function imageParagraph(image: DocumentImage): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepLines: true,
    children: [
      new ImageRun({
        type: 'png',
        data: image.png,
        transformation: { width: image.width, height: image.height },
        altText: { name: image.description, title: image.description, description: image.description },
      }),
    ],
  });
}

function bodyParagraphs(sections: DocumentSection[], language: Language, depth = 0): Paragraph[] {
  const out: Paragraph[] = [];
  let n = 0;
  for (const section of sections) {
    if (section.heading) {
      n += 1;
      out.push(
        paragraph(
          [
            run(`${headingNumber(depth, n, language)}${section.heading}`, {
              face: HEADING_FACE[Math.min(depth, 3)],
            }),
          ],
          {
            indentChars: 2,
          },
        ),
      );
    }
    for (const text of section.paragraphs ?? [])
      for (const line of text.split(/\r?\n/).filter((l) => l.trim() !== ''))
        out.push(paragraph([run(line.trim())], { indentChars: 2 }));
    for (const image of section.images ?? []) out.push(imageParagraph(image));
    if (section.sections)
      out.push(...bodyParagraphs(section.sections, language, section.heading ? depth + 1 : depth));
  }
  return out;
}

/** A paragraph of the colophon (版记): 4号仿宋 between rules, indented one character each side. */
function colophonLine(children: TextRun[], borders: { top?: boolean; bottom?: boolean }, thick = false) {
  const rule = { style: BorderStyle.SINGLE, size: thick ? 8 : 4, color: '000000', space: 1 };
  return new Paragraph({
    children,
    spacing: exactLine,
    // The printing date sits at the right end of its line (156 mm less a character each side).
    tabStops: [{ type: TabStopType.RIGHT, position: mm(156) - 2 * CHAR }],
    indent: { left: CHAR, right: CHAR },
    border: { ...(borders.top ? { top: rule } : {}), ...(borders.bottom ? { bottom: rule } : {}) },
  });
}

/** Page number “— 1 —” in 4号宋体, on the right (odd pages) or the left (even pages), one character in. */
function pageNumberFooter(align: 'right' | 'left'): Footer {
  const face = OFFICIAL_FONTS.songti;
  return new Footer({
    children: [
      new Paragraph({
        alignment: align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: align === 'right' ? { right: CHAR } : { left: CHAR },
        children: [
          new TextRun({ text: '— ', font: font(face), size: SIZE.si }),
          new TextRun({ children: [PageNumber.CURRENT], font: font(face), size: SIZE.si }),
          new TextRun({ text: ' —', font: font(face), size: SIZE.si }),
        ],
      }),
    ],
  });
}

/** The document as a .docx file. */
export async function officialDocument(doc: OfficialDocument): Promise<Buffer> {
  const language = doc.language ?? 'zh-CN';
  const dateOf = language === 'en-US' ? englishDate : chineseDate;
  const heading: Paragraph[] = [
    // 发文机关标志: red 小标宋, centred, larger than the title.
    paragraph([run(doc.issuer, { face: OFFICIAL_FONTS.xiaobiaosong, size: 72, color: RED })], {
      align: 'center',
    }),
    blank(),
  ];
  // 发文字号, centred two lines under the mark, with the red rule (版头中的分隔线) under it.
  heading.push(
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: exactLine,
      children: [run(doc.documentNumber ?? '')],
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: RED, space: 6 } },
    }),
    blank(),
  );
  const title = [
    paragraph([run(doc.title, { face: OFFICIAL_FONTS.xiaobiaosong, size: SIZE.er })], { align: 'center' }),
    blank(),
  ];
  const recipients = doc.recipients ? [paragraph([run(`${doc.recipients}：`)], { align: 'left' })] : [];
  const closing = [
    blank(),
    paragraph([run(doc.signature)], { align: 'right', rightChars: 4 }),
    paragraph([run(dateOf(doc.date))], { align: 'right', rightChars: 4 }),
    blank(),
  ];
  const small = (text: string) => run(text, { size: SIZE.si });
  const colophon = [
    ...(doc.cc && doc.cc.length > 0
      ? [
          colophonLine(
            [small(language === 'en-US' ? `Cc: ${doc.cc.join(', ')}.` : `抄送：${doc.cc.join('，')}。`)],
            { top: true, bottom: true },
          ),
        ]
      : []),
    colophonLine(
      [
        small(doc.printedBy ?? doc.issuer),
        new TextRun({ children: [new Tab()] }),
        small(
          language === 'en-US'
            ? `Issued ${englishDate(doc.printedOn ?? doc.date)}`
            : `${chineseDate(doc.printedOn ?? doc.date)}印发`,
        ),
      ],
      { top: !(doc.cc && doc.cc.length > 0), bottom: true },
      true,
    ),
  ];
  const document = new Document({
    creator: 'Zeren',
    title: doc.title,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: { document: { run: { font: font(OFFICIAL_FONTS.fangsong), size: SIZE.san } } },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            // 156 × 225 mm of text: top 37, bottom 297 − 37 − 225 = 35, left 28, right 210 − 28 − 156 = 26.
            margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), footer: mm(21) },
          },
        },
        footers: { default: pageNumberFooter('right'), even: pageNumberFooter('left') },
        children: [
          ...heading,
          ...title,
          ...recipients,
          ...bodyParagraphs(doc.body, language),
          ...closing,
          ...colophon,
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
