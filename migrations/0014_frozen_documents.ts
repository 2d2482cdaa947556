import type { Knex } from 'knex';

/** The documents that keep, once issued, the parties, letterhead and format they were issued with. */
const FROZEN = ['quotes', 'sales_orders', 'delivery_notes', 'consignments', 'delivery_returns'] as const;
/** Documents whose prints are now counted, as delivery notes' are. */
const COUNTED = ['sales_orders', 'delivery_notices'] as const;

type Row = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);
const num = (v: unknown): number | null => (v === null || v === undefined || v === '' ? null : Number(v));

/**
 * Issued documents freeze what they print: one JSON snapshot column per document table (customer, contact, company
 * letterhead with its logo and seal attachment ids, the quote's format, the order's change number), and print
 * counts on orders (the contract) and delivery notices. Documents issued before this migration get a snapshot of
 * today's data (marked `backfilled`): the best that can be known now.
 */
export async function up(knex: Knex): Promise<void> {
  for (const table of FROZEN) await knex.schema.alterTable(table, (t) => t.text('issued_snapshot').nullable());
  for (const table of COUNTED)
    await knex.schema.alterTable(table, (t) => t.integer('print_count').notNullable().defaultTo(0));
  await backfill(knex);
}

export async function down(knex: Knex): Promise<void> {
  // Plain DROP COLUMN: no table rebuild, so no ON DELETE CASCADE empties a child table (knex#6213).
  for (const table of FROZEN) await knex.raw('ALTER TABLE ?? DROP COLUMN ??', [table, 'issued_snapshot']);
  for (const table of COUNTED) await knex.raw('ALTER TABLE ?? DROP COLUMN ??', [table, 'print_count']);
}

async function backfill(knex: Knex): Promise<void> {
  const at = new Date().toISOString();
  const setting = (await knex('settings').where({ key: 'company' }).first('value')) as { value: string } | undefined;
  const c = (setting ? JSON.parse(setting.value) : {}) as Row;
  const company = {
    name: str(c.name),
    taxId: str(c.taxId),
    address: str(c.address),
    phone: str(c.phone),
    bankName: str(c.bankName),
    bankAccount: str(c.bankAccount),
    logoAttachmentId: num(c.logoAttachmentId),
    sealAttachmentId: num(c.sealAttachmentId),
  };

  const customers = new Map<number, Row>();
  const customerOf = async (id: number) => {
    if (!customers.has(id)) {
      const r = (await knex('customers').where({ id }).first()) as Row;
      const address = (await knex('customer_addresses')
        .where({ customer_id: id })
        .orderBy([{ column: 'is_default', order: 'desc' }, 'position', 'id'])
        .first('address')) as { address: string } | undefined;
      customers.set(id, {
        id,
        name: String(r.name),
        taxId: str(r.tax_id),
        invoiceTitle: str(r.invoice_title),
        invoiceAddressPhone: str(r.invoice_address_phone),
        invoiceBankAccount: str(r.invoice_bank_account),
        address: address?.address ?? null,
        phone: str(r.primary_phone),
        formatId: num(r.quote_format_id),
      });
    }
    const { formatId: _formatId, ...customer } = customers.get(id)!;
    return customer;
  };
  const snapshot = (issuedAt: unknown, customer: Row | null, contact: Row | null, more: Row = {}) =>
    JSON.stringify({
      v: 1,
      issuedAt: str(issuedAt) ?? at,
      backfilled: true,
      company,
      customer,
      contact,
      format: null,
      changeNo: 0,
      notes: [],
      ...more,
    });

  // A quote is issued once sent: its format is the customer's own, else the default, as its PDF chose then.
  const formats = ((await knex('quote_formats').orderBy('id')) as Row[]).map((f) => ({
    ...(JSON.parse(String(f.config)) as Row),
    name: f.name,
    isDefault: f.is_default === true || f.is_default === 1,
    id: Number(f.id),
  }));
  for (const q of (await knex('quotes').whereNotNull('sent_at')) as Row[]) {
    const customer = await customerOf(Number(q.customer_id));
    const own = customers.get(Number(q.customer_id))!.formatId;
    const format = formats.find((f) => f.id === own) ?? formats.find((f) => f.isDefault) ?? formats[0] ?? null;
    const contact = {
      name: q.contact_name,
      phone: q.contact_phone,
      email: q.contact_email,
      address: q.contact_address,
    };
    await knex('quotes')
      .where({ id: q.id })
      .update({ issued_snapshot: snapshot(q.sent_at, customer, contact, { format }) });
  }
  // Every order so far was made confirmed, from a won quote.
  for (const o of (await knex('sales_orders')) as Row[]) {
    const contact = { name: o.contact_name, phone: o.contact_phone, email: null, address: o.delivery_address };
    await knex('sales_orders')
      .where({ id: o.id })
      .update({
        issued_snapshot: snapshot(o.created_at, await customerOf(Number(o.customer_id)), contact, {
          changeNo: num(o.change_no) ?? 0,
        }),
      });
  }
  // A note is issued once printed or once it left (or was cancelled).
  const notes = (await knex('delivery_notes')
    .where('print_count', '>', 0)
    .orWhereIn('status', ['loaded', 'in_transit', 'delivered', 'receipted', 'cancelled'])) as Row[];
  for (const n of notes) {
    const contact = { name: n.contact_name, phone: n.contact_phone, email: null, address: n.delivery_address };
    await knex('delivery_notes')
      .where({ id: n.id })
      .update({ issued_snapshot: snapshot(n.created_at, await customerOf(Number(n.customer_id)), contact) });
  }
  for (const r of (await knex('delivery_returns')
    .join('delivery_notes', 'delivery_notes.id', 'delivery_returns.note_id')
    .select(
      'delivery_returns.id',
      'delivery_returns.customer_id',
      'delivery_returns.created_at',
      'delivery_notes.contact_name',
      'delivery_notes.contact_phone',
      'delivery_notes.delivery_address',
    )) as Row[]) {
    const contact = { name: r.contact_name, phone: r.contact_phone, email: null, address: r.delivery_address };
    await knex('delivery_returns')
      .where({ id: r.id })
      .update({ issued_snapshot: snapshot(r.created_at, await customerOf(Number(r.customer_id)), contact) });
  }
  for (const k of (await knex('consignments')) as Row[]) {
    const carried = (await knex('delivery_notes')
      .join('customers', 'customers.id', 'delivery_notes.customer_id')
      .where('delivery_notes.consignment_id', Number(k.id))
      .orderBy('delivery_notes.id')
      .select('delivery_notes.id', 'delivery_notes.number', 'customers.name')) as Row[];
    const contact = { name: k.consignee_name, phone: k.consignee_phone, email: null, address: k.consignee_address };
    await knex('consignments')
      .where({ id: k.id })
      .update({
        issued_snapshot: snapshot(k.created_at, null, contact, {
          notes: carried.map((n) => ({ id: Number(n.id), number: String(n.number), customerName: String(n.name) })),
        }),
      });
  }
}
