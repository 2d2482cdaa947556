import type { Knex } from 'knex';
import { noteSnapshotsNow, readSnapshots, type IssuedSnapshot } from '../docs/issued-snapshot';
import type { PaperSize } from '../docs/print-css';
import { pdfPageSizes } from '../docs/pdf-files';
import type { CoreServices } from '../services';
import { readDeliverySettings } from '../settings/delivery-settings';
import { getNotes } from './note-store';

/**
 * The notes, in the order asked, as one PDF: one print job for a whole batch. An issued note prints from its
 * snapshot (customer, contact, letterhead as issued); the others as they would be issued now, and those snapshots
 * come back as `fresh` for a print to keep. Only a print of a note printed before carries 补打: a preview never does.
 */
export async function renderNotes(
  db: Knex,
  services: CoreServices,
  ids: number[],
  { printing }: { printing: boolean },
): Promise<{
  pdf: Uint8Array;
  pages: number;
  reprinted: string[];
  numbers: string[];
  fresh: Map<number, IssuedSnapshot>;
}> {
  const settings = await readDeliverySettings(db);
  const details = await getNotes(db, ids);
  const frozen = await readSnapshots(db, 'note', ids);
  const fresh = await noteSnapshotsNow(
    db,
    ids.filter((id) => !frozen.has(id)),
  );
  const extras = new Map(
    (
      (await db('delivery_notes')
        .leftJoin('users', 'users.id', 'delivery_notes.created_by')
        .leftJoin('dispatch_runs', 'dispatch_runs.id', 'delivery_notes.run_id')
        .whereIn('delivery_notes.id', Array.from(new Set(ids)))
        .select(
          'delivery_notes.id as id',
          'users.display_name as prepared_by',
          'dispatch_runs.driver as driver',
          'delivery_notes.print_count as print_count',
        )) as { id: number; prepared_by: string | null; driver: string | null; print_count: number }[]
    ).map((x) => [x.id, x]),
  );
  const notes = details.map((note) => {
    const extra = extras.get(note.id)!;
    return {
      note,
      issued: frozen.get(note.id) ?? fresh.get(note.id)!,
      reprint: printing && extra.print_count > 0,
      preparedBy: extra.prepared_by,
      deliveredBy: extra.driver,
    };
  });
  // The template and react-dom/server are loaded with the first document, not at start.
  const [{ documentHtml }, { DeliveryNotes, layoutFor, printCssFor }] = await Promise.all([
    import('../docs/document-html'),
    import('./delivery-print'),
  ]);
  const layout = layoutFor(settings.paper);
  const paper: PaperSize = settings.paper;
  const html = documentHtml(<DeliveryNotes notes={notes} settings={settings} />, {
    title: `送货单 ${notes.map((n) => n.note.number).join(' ')}`.slice(0, 200),
    paper,
    margins: [layout.margin[0], layout.margin[1], layout.margin[0], layout.margin[1]],
    pageNumbers: false,
    css: printCssFor(settings.paper),
  });
  const pdf = await services.pdf.render(html);
  return {
    pdf,
    pages: (await pdfPageSizes(pdf)).length,
    reprinted: notes.filter((n) => n.reprint).map((n) => n.note.number),
    numbers: notes.map((n) => n.note.number),
    fresh,
  };
}
