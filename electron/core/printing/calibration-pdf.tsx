import type { DeliveryPaper } from '../../shared/deliveries/contract';
import { DELIVERY_PAPER_MM, type FormOffset } from '../../shared/printing/contract';
import { pdfPageSizes } from '../docs/pdf-files';
import type { CoreServices } from '../services';
import { offsetCss } from './form-offsets';

/** The calibration page of one paper as a PDF, printed through its current offsets. */
export async function renderCalibration(
  services: CoreServices,
  paper: DeliveryPaper,
  offset: Pick<FormOffset, 'offsetX' | 'offsetY'>,
): Promise<{ pdf: Uint8Array; pages: number }> {
  const { widthMm, heightMm } = DELIVERY_PAPER_MM[paper];
  // The template and react-dom/server are loaded with the first document, not at start.
  const [{ documentHtml }, { CalibrationPage, calibrationCss }] = await Promise.all([
    import('../docs/document-html'),
    import('./calibration-page'),
  ]);
  const html = documentHtml(<CalibrationPage widthMm={widthMm} heightMm={heightMm} offset={offset} />, {
    title: `套打校准页 ${widthMm}×${heightMm}`,
    paper,
    margins: [0, 0, 0, 0],
    pageNumbers: false,
    css: calibrationCss(widthMm, heightMm) + offsetCss('.calibration', offset),
  });
  const pdf = await services.pdf.render(html);
  return { pdf, pages: (await pdfPageSizes(pdf)).length };
}
