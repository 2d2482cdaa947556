import type { HandlerMap } from '../rpc/handler';
import { matchLines } from './product-match';
import { readSheetGrid } from './sheet-grid';

type Channel = 'products.matchLines' | 'paste.readSheet';

export const pasteHandlers: HandlerMap<Channel> = {
  'products.matchLines': async ({ rows }, { services }) => ({ matches: await matchLines(services.db(), rows) }),
  'paste.readSheet': async ({ dataBase64, sheet }) => readSheetGrid(Buffer.from(dataBase64, 'base64'), sheet),
};
