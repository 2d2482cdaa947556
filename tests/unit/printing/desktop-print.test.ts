import type { IpcMainInvokeEvent } from 'electron';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import {
  bindDesktopPrinting,
  desktopPrintHandlers,
  PrintRefused,
  type PrintDevice,
  type SilentPrintJob,
} from '../../../electron/main/desktop-print';
import type { DesktopPrintRequest, DesktopResult, PrintedJob } from '../../../electron/shared/printing/desktop-bridge';
import { desktopPrintRequest } from '../../../electron/shared/printing/desktop-print-request';

const PT_PER_MM = 72 / 25.4;

/** A PDF of the given page sizes, as the core sends them (base64). */
async function pdfOf(...pages: [number, number][]): Promise<string> {
  const doc = await PDFDocument.create();
  for (const [w, h] of pages) doc.addPage([w * PT_PER_MM, h * PT_PER_MM]);
  return Buffer.from(await doc.save()).toString('base64');
}

/** This PC's printers, recording what it was asked to print. */
function fakePrinters(fail?: string) {
  const jobs: { bytes: number; job: SilentPrintJob }[] = [];
  const device: PrintDevice = {
    printers: async () => [
      { name: 'EPSON_LQ_630K', displayName: 'EPSON LQ-630K', description: '针式打印机' },
      { name: 'HP_LaserJet_M1136', displayName: 'HP LaserJet M1136', description: '' },
    ],
    print: async (pdf, job) => {
      if (fail) throw new PrintRefused(fail);
      jobs.push({ bytes: pdf.length, job });
    },
  };
  return { device, jobs };
}

describe('the desktop printing bridge, main-process side', () => {
  it('a 241 × 93 note goes to the dot-matrix printer on its own form size, no margins added by us, once', async () => {
    const { device, jobs } = fakePrinters();
    const print = desktopPrintHandlers(device).print;
    const result = await print({
      kind: 'deliveryNote',
      pdfBase64: await pdfOf([241, 93], [241, 93]),
      deviceName: 'EPSON_LQ_630K',
      pageSize: { widthMm: 241, heightMm: 93 },
    });
    expect(result).toEqual({
      ok: true,
      value: { deviceName: 'EPSON_LQ_630K', pages: 2, widthMm: 241, heightMm: 93 },
    });
    expect(jobs.map((j) => j.job)).toEqual([
      { deviceName: 'EPSON_LQ_630K', pageSize: { width: 241000, height: 93000 }, landscape: false, copies: 1 },
    ]);
    expect(jobs[0]!.bytes).toBeGreaterThan(100);
  });

  it('without a form size the PDF’s own page is used; a landscape A4 quote turns on portrait A4 paper; no printer named means the default one', async () => {
    const { device, jobs } = fakePrinters();
    const print = desktopPrintHandlers(device).print;
    expect((await print({ kind: 'quote', pdfBase64: await pdfOf([297, 210]), deviceName: null, copies: 2 })).ok).toBe(
      true,
    );
    expect((await print({ kind: 'contract', pdfBase64: await pdfOf([210, 297]), deviceName: null })).ok).toBe(true);
    expect(jobs.map((j) => j.job)).toEqual([
      { deviceName: undefined, pageSize: { width: 210000, height: 297000 }, landscape: true, copies: 2 },
      { deviceName: undefined, pageSize: { width: 210000, height: 297000 }, landscape: false, copies: 1 },
    ]);
  });

  it('anything but a well-formed request is refused before a printer is touched', async () => {
    const { device, jobs } = fakePrinters();
    const print = desktopPrintHandlers(device).print;
    const pdf = await pdfOf([210, 297]);
    const good: DesktopPrintRequest = { kind: 'quote', pdfBase64: pdf, deviceName: null };
    const bad: [unknown, string][] = [
      [null, ''],
      ['print me', ''],
      [{ ...good, kind: 'invoice' }, 'kind'],
      [{ ...good, deviceName: '' }, 'deviceName'],
      [{ ...good, deviceName: 'x'.repeat(257) }, 'deviceName'],
      [{ ...good, copies: 0 }, 'copies'],
      [{ ...good, copies: 21 }, 'copies'],
      [{ ...good, copies: 1.5 }, 'copies'],
      [{ ...good, pageSize: { widthMm: 5, heightMm: 297 } }, 'pageSize.widthMm'],
      [{ ...good, pageSize: { widthMm: 210, heightMm: 297, dpi: 600 } }, 'pageSize'],
      [{ ...good, pdfBase64: 'not base64!' }, 'pdfBase64'],
      // Extra keys are not passed through to webContents.print: no silent: false, no header, no pageRanges.
      [{ ...good, silent: false }, ''],
      [{ ...good, header: 'x' }, ''],
      // Base64, but not a PDF (a page could otherwise feed the viewer any file).
      [{ ...good, pdfBase64: Buffer.from('<html>hello</html>').toString('base64') }, 'pdfBase64'],
      [{ ...good, pdfBase64: Buffer.from('%PDF-1.7 broken').toString('base64') }, 'pdfBase64'],
    ];
    for (const [request, path] of bad) {
      const result = await print(request);
      expect(result.ok, JSON.stringify(request).slice(0, 80)).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('INVALID');
        expect(result.error.detail).toBe(path);
      }
    }
    expect(jobs).toEqual([]);
  });

  it('a printer this PC does not have is named back, not printed to; a refusal by the printer comes back with its reason', async () => {
    const { device, jobs } = fakePrinters();
    const missing = await desktopPrintHandlers(device).print({
      kind: 'deliveryNote',
      pdfBase64: await pdfOf([241, 93]),
      deviceName: 'OKI_5560',
    });
    expect(missing).toEqual({ ok: false, error: { code: 'NO_PRINTER', detail: 'OKI_5560' } });
    expect(jobs).toEqual([]);

    const jammed = fakePrinters('Print job failed');
    const failed = await desktopPrintHandlers(jammed.device).print({
      kind: 'deliveryNote',
      pdfBase64: await pdfOf([241, 93]),
      deviceName: 'EPSON_LQ_630K',
    });
    expect(failed).toEqual({ ok: false, error: { code: 'FAILED', detail: 'Print job failed' } });
  });

  it('jobs sent together print one after the other, in order', async () => {
    const order: string[] = [];
    let busy = false;
    const device: PrintDevice = {
      printers: async () => [],
      print: async (_pdf, job) => {
        expect(busy).toBe(false);
        busy = true;
        order.push(`start ${job.copies}`);
        await new Promise((r) => setTimeout(r, 5));
        order.push(`end ${job.copies}`);
        busy = false;
      },
    };
    const print = desktopPrintHandlers(device).print;
    const pdfBase64 = await pdfOf([210, 297]);
    await Promise.all([1, 2, 3].map((copies) => print({ kind: 'quote', pdfBase64, deviceName: null, copies })));
    expect(order).toEqual(['start 1', 'end 1', 'start 2', 'end 2', 'start 3', 'end 3']);
  });

  it('over IPC, only our own window gets an answer: any other sender is refused before its request is read', async () => {
    const handlers = new Map<string, (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown>();
    const ipc = {
      handle: (channel: string, fn: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown) =>
        void handlers.set(channel, fn),
    };
    const { device, jobs } = fakePrinters();
    const ours = { sender: 'main window' } as unknown as IpcMainInvokeEvent;
    const stranger = { sender: 'another window' } as unknown as IpcMainInvokeEvent;
    bindDesktopPrinting(ipc, (event) => event === ours, device);
    expect([...handlers.keys()].sort()).toEqual(['neiqin:print', 'neiqin:printers']);

    const request: DesktopPrintRequest = { kind: 'quote', pdfBase64: await pdfOf([210, 297]), deviceName: null };
    const call = (event: IpcMainInvokeEvent, channel: string, ...args: unknown[]) =>
      handlers.get(channel)!(event, ...args) as Promise<DesktopResult<unknown>>;
    expect(await call(stranger, 'neiqin:print', request)).toEqual({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call(stranger, 'neiqin:printers')).toEqual({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(jobs).toEqual([]);

    const printers = (await call(ours, 'neiqin:printers')) as DesktopResult<{ name: string }[]>;
    expect(printers.ok && printers.value.map((p) => p.name)).toEqual(['EPSON_LQ_630K', 'HP_LaserJet_M1136']);
    const printed = (await call(ours, 'neiqin:print', request)) as DesktopResult<PrintedJob>;
    expect(printed.ok).toBe(true);
    expect(jobs).toHaveLength(1);
  });

  it('the zod schema and the bridge’s TypeScript type describe the same request', () => {
    expectTypeOf<z.input<typeof desktopPrintRequest>>().toEqualTypeOf<DesktopPrintRequest>();
    // One copy unless asked.
    expect(desktopPrintRequest.parse({ kind: 'runSheet', pdfBase64: 'JVBERi0x', deviceName: null }).copies).toBe(1);
  });
});
