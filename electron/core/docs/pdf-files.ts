// pdf-lib is loaded with the first PDF, not at start (the idle host stays small).
const pdfLib = () => import('pdf-lib');

const PT_PER_MM = 72 / 25.4;

/** Page sizes in whole millimetres (Chromium sizes pages in whole CSS pixels, so 93 mm comes out 93.1). */
export async function pdfPageSizes(pdf: Uint8Array): Promise<{ widthMm: number; heightMm: number }[]> {
  const { PDFDocument } = await pdfLib();
  const doc = await PDFDocument.load(pdf);
  return doc.getPages().map((p) => {
    const { width, height } = p.getSize();
    return { widthMm: Math.round(width / PT_PER_MM), heightMm: Math.round(height / PT_PER_MM) };
  });
}

/** One PDF of several, in order: a batch print job or the parts of a package. */
export async function mergePdfs(parts: Uint8Array[]): Promise<Uint8Array> {
  const { PDFDocument } = await pdfLib();
  const merged = await PDFDocument.create();
  for (const part of parts) {
    const doc = await PDFDocument.load(part);
    for (const page of await merged.copyPages(doc, doc.getPageIndices())) merged.addPage(page);
  }
  return merged.save();
}
