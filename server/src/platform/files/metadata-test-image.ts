/** Test images whose metadata would identify who took them. */
const segment = (marker: number, body: string) => {
  const data = Buffer.from(body, 'latin1');
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(data.length + 2, 2);
  return Buffer.concat([head, data]);
};

/** A JPEG's structure with JFIF, EXIF (a GPS position), a comment, then the scan. */
export function jpegWithExif(secret: string): Buffer {
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xe0, 'JFIF\0\x01\x01\0\0\x01\0\x01\0\0'),
    segment(0xe1, `Exif\0\0${secret}`),
    segment(0xfe, `comment ${secret}`),
    segment(0xdb, 'quantisation'),
    Buffer.from([0xff, 0xda, 0x00, 0x04, 0x01, 0x00, 0x12, 0x34, 0x56, 0xff, 0xd9]),
  ]);
}
