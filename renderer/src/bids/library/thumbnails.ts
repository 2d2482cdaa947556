/** The longest side of a list thumbnail, in pixels. */
const SIZE = 240;

function canvasPng(draw: (ctx: CanvasRenderingContext2D, w: number, h: number) => void, w0: number, h0: number) {
  const scale = Math.min(1, SIZE / Math.max(w0, h0));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(w0 * scale));
  canvas.height = Math.max(1, Math.round(h0 * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  draw(ctx, canvas.width, canvas.height);
  return canvas.toDataURL('image/png').split(',')[1] ?? null;
}

/** An image scaled onto a canvas: a small PNG, base64. */
async function imageThumbnail(file: File): Promise<string | null> {
  const bitmap = await createImageBitmap(file);
  try {
    return canvasPng((ctx, w, h) => ctx.drawImage(bitmap, 0, 0, w, h), bitmap.width, bitmap.height);
  } finally {
    bitmap.close();
  }
}

/** A PDF's first page rendered by pdf.js (loaded only when a PDF is added), as a small PNG, base64. */
async function pdfThumbnail(file: File): Promise<string | null> {
  const pdfjs = await import('pdfjs-dist');
  const worker = await import('pdfjs-dist/build/pdf.worker.min.mjs?url');
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  const doc = await pdfjs.getDocument({ data: new Uint8Array(await file.arrayBuffer()), isEvalSupported: false })
    .promise;
  try {
    const page = await doc.getPage(1);
    const base = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: Math.min(2, SIZE / Math.max(base.width, base.height)) });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(viewport.width);
    canvas.height = Math.ceil(viewport.height);
    await page.render({ canvas, viewport }).promise;
    return canvas.toDataURL('image/png').split(',')[1] ?? null;
  } finally {
    await doc.destroy();
  }
}

/** A thumbnail of an added file when one can be made (images and PDFs); null otherwise or if it fails. */
export async function makeThumbnail(file: File): Promise<string | null> {
  try {
    if (file.type.startsWith('image/')) return await imageThumbnail(file);
    if (file.type === 'application/pdf') return await pdfThumbnail(file);
  } catch (err) {
    // A file pdf.js or the browser cannot read still goes in; the list shows its type's icon instead.
    console.warn('thumbnail not made', err);
  }
  return null;
}
