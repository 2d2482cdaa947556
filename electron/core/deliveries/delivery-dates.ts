import { today } from '../dates';
import { AppError } from '../rpc/errors';

/** The day a note reached the customer: not before the note's own date, not in the future. */
export function checkDeliveredOn(note: { date: string }, date: string, path = 'date'): void {
  if (date > today())
    throw new AppError('VALIDATION', 'errors.deliveredInFuture', { date }, [
      { path, message: 'errors.dateInFutureShort' },
    ]);
  if (date < note.date)
    throw new AppError('VALIDATION', 'errors.deliveredBeforeNote', { date: note.date }, [
      { path, message: 'errors.deliveredBeforeNoteShort' },
    ]);
}

/** The day the customer signed the 回单: not before it was delivered, not in the future. */
export function checkSignedOn(note: { date: string; deliveredOn: string | null }, date: string, path = 'date'): void {
  if (date > today())
    throw new AppError('VALIDATION', 'errors.signedInFuture', { date }, [
      { path, message: 'errors.dateInFutureShort' },
    ]);
  const delivered = note.deliveredOn ?? note.date;
  if (date < delivered)
    throw new AppError('VALIDATION', 'errors.receiptBeforeDelivery', { date: delivered }, [
      { path, message: 'errors.receiptBeforeDeliveryShort' },
    ]);
}
