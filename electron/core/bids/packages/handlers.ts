import { uniqueMerge } from '../../../shared/rpc/channel';
import { deviationHandlers } from './deviation-handlers';
import { packageHandlers } from './package-handlers';
import { priceHandlers } from './price-handlers';
import { sectionHandlers } from './section-handlers';
import { templateHandlers } from './template-handlers';

/** 投标文件: packages, their parts, price tables, deviation tables and templates. */
export const bidPackageHandlers = uniqueMerge(
  'Handler for channel',
  packageHandlers,
  sectionHandlers,
  priceHandlers,
  deviationHandlers,
  templateHandlers,
);
