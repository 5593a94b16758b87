import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

/** One entry of a test archive: its bytes, or a deflated stream with the sizes to declare. */
export type TestZipEntry =
  | { name: string; data: Buffer }
  | { name: string; deflated: Buffer; size: number; crc: number; declaredSize?: number };

/**
 * Writes a ZIP archive (deflate, no ZIP64) for tests: real .xlsx containers, and crafted ones —
 * zip bombs, archives whose central directory lies about sizes.
 */
export function zipArchive(entries: TestZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const deflated = 'data' in entry ? deflateRawSync(entry.data) : entry.deflated;
    const size = 'data' in entry ? entry.data.length : (entry.declaredSize ?? entry.size);
    const crc = 'data' in entry ? crc32(entry.data) : entry.crc;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(deflated.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, deflated);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(deflated.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const WORKBOOK_PARTS = {
  '[Content_Types].xml':
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  '_rels/.rels':
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  'xl/workbook.xml':
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="权力清单" sheetId="1" r:id="rId1"/><sheet name="责任清单" sheetId="2" r:id="rId2"/></sheets></workbook>',
  'xl/_rels/workbook.xml.rels':
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/></Relationships>',
};

/**
 * A minimal .xlsx whose two sheets each inflate to about `sheetBytes` of highly compressible
 * sheet XML (rows of the same cell), deflated as a stream so the test never holds the inflated
 * bytes. `lie` declares each sheet's size as 4 KB in the central directory.
 */
export async function xlsxBomb(sheetBytes: number, lie = false): Promise<Buffer> {
  const head = Buffer.from(
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>事项编码</t></is></c><c r="B1" t="inlineStr"><is><t>事项名称</t></is></c></row>',
  );
  const tail = Buffer.from('</sheetData></worksheet>');
  const row = Buffer.from('<row r="2"><c r="A2" t="inlineStr"><is><t>AAAAAAAA</t></is></c></row>');
  const chunk = Buffer.concat(Array.from({ length: Math.floor(65_536 / row.length) }, () => row));
  const rounds = Math.max(1, Math.floor((sheetBytes - head.length - tail.length) / chunk.length));
  const deflate = createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (part: Buffer) => parts.push(part));
  const done = new Promise((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  let crc = crc32(head);
  deflate.write(head);
  for (let i = 0; i < rounds; i++) {
    // Respect back-pressure: the inflated sheet is never held in memory.
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once('drain', resolve));
    crc = crc32(chunk, crc);
  }
  deflate.end(tail);
  crc = crc32(tail, crc);
  await done;
  const size = head.length + rounds * chunk.length + tail.length;
  const deflated = Buffer.concat(parts);
  const sheet = (name: string): TestZipEntry => ({
    name,
    deflated,
    size,
    crc,
    ...(lie ? { declaredSize: 4096 } : {}),
  });
  return zipArchive([
    ...Object.entries(WORKBOOK_PARTS).map(([name, xml]) => ({ name, data: Buffer.from(xml) })),
    sheet('xl/worksheets/sheet1.xml'),
    sheet('xl/worksheets/sheet2.xml'),
  ]);
}
