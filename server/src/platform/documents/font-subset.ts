import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * One face of a font file cut down to the characters a drawing uses (HarfBuzz's subsetter, as
 * WebAssembly). The rasteriser shapes every text element of a chart against the whole face it is
 * given: Noto Sans CJK's layout tables made that about 37 ms a label — 0.6 s a chart, the server's
 * thread held all along. Against a face of the few dozen glyphs drawn, a chart takes about 10 ms.
 *
 * The file is read into the subsetter's memory once, with the first drawing (about 20 MB for Noto
 * Sans CJK); each subset is then a few milliseconds.
 */

/** The functions of harfbuzz-subset.wasm this module calls (the C API, on the module's memory). */
interface HarfBuzz {
  memory: { buffer: ArrayBuffer };
  _initialize(): void;
  malloc(size: number): number;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_set(input: number, set: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
  hb_set_add(set: number, codepoint: number): void;
  hb_set_clear(set: number): void;
}

const HB_MEMORY_MODE_READONLY = 1;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;

/** The WebAssembly global, whose constructors the server's TypeScript libraries do not declare. */
const Wasm = (
  globalThis as unknown as {
    WebAssembly: {
      Module: new (bytes: Uint8Array) => object;
      Instance: new (module: object, imports: object) => { exports: unknown };
    };
  }
).WebAssembly;

let harfBuzz: HarfBuzz | undefined;
const faces = new Map<string, number>();

function subsetter(): HarfBuzz {
  if (!harfBuzz) {
    const wasm = readFileSync(createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
    // Compiled synchronously: a chart is drawn synchronously, and Node allows it off the browser.
    const instance = new Wasm.Instance(new Wasm.Module(wasm), {});
    harfBuzz = instance.exports as HarfBuzz;
    harfBuzz._initialize();
  }
  return harfBuzz;
}

/** The face `index` of a font file (a collection holds several), kept for the process. */
function faceOf(hb: HarfBuzz, file: string, index: number): number {
  const key = `${file}#${index}`;
  let face = faces.get(key);
  if (face === undefined) {
    const bytes = readFileSync(file);
    const at = hb.malloc(bytes.byteLength);
    if (!at) throw new Error(`no memory for the font ${file}`);
    new Uint8Array(hb.memory.buffer).set(bytes, at);
    const blob = hb.hb_blob_create(at, bytes.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
    face = hb.hb_face_create(blob, index);
    hb.hb_blob_destroy(blob);
    faces.set(key, face);
  }
  return face;
}

/**
 * The face `index` of `file` with only the glyphs of `text`'s characters (and no layout features:
 * a chart's labels are set left to right without ligatures), as an OpenType font file's bytes.
 */
export function subsetFont(file: string, index: number, text: string): Buffer {
  const hb = subsetter();
  const face = faceOf(hb, file, index);
  const input = hb.hb_subset_input_create_or_fail();
  if (!input) throw new Error('the font subsetter could not start');
  let subset: number;
  try {
    hb.hb_set_clear(hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG));
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const c of new Set(text)) hb.hb_set_add(unicodes, c.codePointAt(0)!);
    subset = hb.hb_subset_or_fail(face, input);
  } finally {
    hb.hb_subset_input_destroy(input);
  }
  if (!subset) throw new Error(`the font ${file} could not be subset`);
  const blob = hb.hb_face_reference_blob(subset);
  try {
    const length = hb.hb_blob_get_length(blob);
    if (length === 0) throw new Error(`the font ${file} could not be subset`);
    // Copied out: the module's memory may grow (and move) with the next subset.
    return Buffer.from(new Uint8Array(hb.memory.buffer, hb.hb_blob_get_data(blob, 0), length));
  } finally {
    hb.hb_blob_destroy(blob);
    hb.hb_face_destroy(subset);
  }
}
