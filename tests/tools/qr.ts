/**
 * Reads the QR codes in a PDF as a phone would see them on paper: each page rendered to an image
 * by poppler's `pdftoppm` (scripts/ensure-poppler.ts installs it), then decoded by zxing-wasm
 * (ZXing-C++ compiled to WebAssembly, maintained, MIT). The WebAssembly file ships inside the npm
 * package and is read from node_modules: nothing is downloaded, at install or at run time.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';

export const hasPdftoppm = spawnSync('pdftoppm', ['-v']).status === 0;

const WASM = createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm');
let prepared = false;

function prepare(): void {
  if (prepared) return;
  const bytes = readFileSync(WASM);
  prepareZXingModule({
    overrides: {
      // The module compiles these bytes; without them it would fetch the file from a CDN.
      wasmBinary: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
      locateFile: (file: string) => join(WASM, '..', file),
    },
  });
  prepared = true;
}

export interface FoundCode {
  /** 1-based page number. */
  page: number;
  text: string;
  /** Error correction level as read from the code: L, M, Q or H. */
  ecLevel: string;
}

/** Every QR code on every page of the PDF, rendered at `dpi` (150: an ordinary phone photo of A4). */
export async function qrCodesIn(pdf: Uint8Array, dpi = 150): Promise<FoundCode[]> {
  if (!hasPdftoppm) throw new Error('pdftoppm is missing: apt-get install -y poppler-utils');
  prepare();
  const dir = mkdtempSync(join(tmpdir(), 'qr-'));
  try {
    writeFileSync(join(dir, 'file.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', String(dpi), '-png', join(dir, 'file.pdf'), join(dir, 'page')]);
    const found: FoundCode[] = [];
    for (const png of readdirSync(dir)
      .filter((f) => f.endsWith('.png'))
      .sort()) {
      const page = Number(/-(\d+)\.png$/.exec(png)![1]);
      const results = await readBarcodes(new Uint8Array(readFileSync(join(dir, png))), { formats: ['QRCode'] });
      for (const r of results.filter((r) => r.isValid)) {
        // zxing-cpp reports the level in `extra` (JSON): {"ECLevel":"M", …}.
        const level = (JSON.parse(r.extra || '{}') as { ECLevel?: unknown }).ECLevel;
        const ecLevel = typeof level === 'string' ? level : '';
        found.push({ page, text: r.text, ecLevel });
      }
    }
    return found;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
