import type { Knex } from 'knex';
import type { NoteFormat } from '../../shared/deliveries/contract';
import { noteSnapshotsNow, readSnapshots, type IssuedSnapshot } from '../docs/issued-snapshot';
import type { PaperSize } from '../docs/print-css';
import { pdfPageSizes } from '../docs/pdf-files';
import type { CoreServices } from '../services';
import { offsetCss, readFormOffset } from '../printing/form-offsets';
import { readDeliverySettings } from '../settings/delivery-settings';
import { notePrintSettings } from './note-format';
import { getNotes } from './note-store';

/**
 * The notes, in the order asked, as one PDF: one print job for a whole batch, on the paper and parts chosen for it
 * (the company's settings when none were), shifted by that form's 套打 offsets. An issued note prints from its
 * snapshot (customer, contact, letterhead as issued); the others as they would be issued now, and those snapshots
 * come back as `fresh` for a print to keep. Only a print of a note printed before carries 补打: a preview never does.
 */
export async function renderNotes(
  db: Knex,
  services: CoreServices,
  ids: number[],
  { printing, format }: { printing: boolean; format?: NoteFormat | undefined },
): Promise<{
  pdf: Uint8Array;
  pages: number;
  reprinted: string[];
  numbers: string[];
  fresh: Map<number, IssuedSnapshot>;
}> {
  // A wrong choice of parts is refused before anything is read or rendered.
  const { settings, partIndexes } = notePrintSettings(await readDeliverySettings(db), format);
  const offset = await readFormOffset(db, settings.paper);
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
  const [{ documentHtml }, { DeliveryNotes, printCssFor }] = await Promise.all([
    import('../docs/document-html'),
    import('./delivery-print'),
  ]);
  const paper: PaperSize = settings.paper;
  const html = documentHtml(<DeliveryNotes notes={notes} settings={settings} partIndexes={partIndexes} />, {
    title: `送货单 ${notes.map((n) => n.note.number).join(' ')}`.slice(0, 200),
    paper,
    // Each page is one .paper placing its sheet inside the margins: the page itself has none.
    margins: [0, 0, 0, 0],
    pageNumbers: false,
    css: printCssFor(settings.paper) + offsetCss('.sheet', offset),
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
