import zlib from 'node:zlib';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';

/**
 * Small stand-ins for the scans a company keeps in its 资料库: a one-page A4 PDF with the document's name and number
 * in Latin letters and digits (the standard PDF fonts have no Chinese), and a tiny PNG photo. Generated, so the demo
 * ships no binary files.
 */
export async function demoCertificatePdf(heading: string, lines: readonly string[]): Promise<string> {
  const doc = await PDFDocument.create();
  doc.setTitle(heading);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595.28, 841.89]);
  // A certificate's double border.
  page.drawRectangle({ x: 40, y: 40, width: 515.28, height: 761.89, borderWidth: 3, borderColor: rgb(0.55, 0.1, 0.1) });
  page.drawRectangle({ x: 50, y: 50, width: 495.28, height: 741.89, borderWidth: 1, borderColor: rgb(0.55, 0.1, 0.1) });
  page.drawText(heading, { x: 80, y: 700, size: 22, font: bold });
  lines.forEach((line, i) => page.drawText(line, { x: 80, y: 640 - i * 26, size: 13, font }));
  return Buffer.from(await doc.save()).toString('base64');
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(typed.length + 8);
  out.writeUInt32BE(data.length, 0);
  typed.copy(out, 4);
  out.writeUInt32BE(crc32(typed), typed.length + 4);
  return out;
}

/** A site photo in miniature: sky over the ground, `width` × `height` RGB pixels, as base64. */
export function demoPhotoPng(
  width: number,
  height: number,
  sky: [number, number, number] = [120, 170, 220],
  ground: [number, number, number] = [90, 90, 80],
): string {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const colour = y < height * 0.6 ? sky : ground;
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) row.set(colour, 1 + x * 3);
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]).toString('base64');
}
