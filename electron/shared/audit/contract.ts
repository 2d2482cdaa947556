import { z } from 'zod';
import { query } from '../rpc/channel';
import { id } from '../rpc/fields';
import { listInput, pageOf } from '../rpc/list';

export const AUDITED_ENTITIES = [
  'customer',
  'product',
  'supplier',
  'user',
  'settings',
  'attachment',
  'backup',
  'import',
  'session',
  'demo',
  'quote',
  'order',
  'inquiry',
  'register',
  'deliveryNotice',
  'delivery',
  'carrier',
  'dispatchRun',
  'consignment',
  'freightSettlement',
  'invoice',
  'receipt',
  'acceptanceBill',
  'statementReply',
  'salesPlan',
  'supplierInvoice',
  'supplierPayment',
  'purchaseOrder',
  'goodsReceipt',
  'internalTransfer',
  'supplierProduct',
  'rfq',
  'tender',
  'bidBond',
  'libraryItem',
  'bidPackage',
  'bidTemplate',
] as const;

export const auditRow = z.object({
  id,
  at: z.string(),
  userId: z.number().int().nullable(),
  userName: z.string().nullable(),
  channel: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  action: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  /** The names of the records the row mentions by id, keyed `kind:id` (shared/audit/refs.ts). */
  refs: z.record(z.string(), z.string()),
  /** The record the row is about, by its number or name, where it is a record of its own. */
  entityName: z.string().nullable(),
});
export type AuditRow = z.output<typeof auditRow>;

export const auditChannels = {
  'audit.forEntity': query(
    'audit.read',
    z.object({ entity: z.enum(AUDITED_ENTITIES), entityId: z.string().trim().min(1).max(64) }),
    z.array(auditRow),
  ),
  'audit.list': query(
    'audit.read',
    listInput(['at', 'channel', 'entity'] as const, {
      entity: z.enum(AUDITED_ENTITIES),
      userName: z.string().trim().max(40),
    }),
    pageOf(auditRow),
  ),
};
