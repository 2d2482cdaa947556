import type { HandlerMap } from '../rpc/handler';

type Channel = 'excel.template' | 'excel.export' | 'excel.preview' | 'excel.commit' | 'excel.progress';

// Placeholder while the Excel module is written (same session); replaced before landing.
const notYet = async (): Promise<never> => {
  throw new Error('excel not written yet');
};
export const excelHandlers: HandlerMap<Channel> = {
  'excel.template': notYet,
  'excel.export': notYet,
  'excel.preview': notYet,
  'excel.commit': notYet,
  'excel.progress': notYet,
};
