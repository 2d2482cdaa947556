import { PDFHexString, PDFName, type PDFDocument, type PDFRef } from 'pdf-lib';

/**
 * PDF bookmarks: one outline entry per section, opening its first page. pdf-lib has no outline API, so the
 * /Outlines tree is written as plain dictionaries; titles as UTF-16 hex strings so Chinese reads in every viewer.
 */
export function addOutline(doc: PDFDocument, entries: { title: string; pageIndex: number }[]): void {
  if (entries.length === 0) return;
  const { context } = doc;
  const pages = doc.getPages();
  const root = context.nextRef();
  const refs: PDFRef[] = entries.map(() => context.nextRef());
  entries.forEach((e, i) => {
    const item = context.obj({
      Title: PDFHexString.fromText(e.title),
      Parent: root,
      Dest: [pages[e.pageIndex]!.ref, 'XYZ', null, null, null],
    });
    if (i > 0) item.set(PDFName.of('Prev'), refs[i - 1]!);
    if (i < entries.length - 1) item.set(PDFName.of('Next'), refs[i + 1]!);
    context.assign(refs[i]!, item);
  });
  context.assign(root, context.obj({ Type: 'Outlines', First: refs[0]!, Last: refs.at(-1)!, Count: entries.length }));
  doc.catalog.set(PDFName.of('Outlines'), root);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
