import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { money, moneyOrBlank, price, qty } from '../../../renderer/src/format';

describe('one way to show figures', () => {
  it('money: thousands separators and two decimals, whatever the amount', () => {
    // The mixed column of the issue: 42940.00, 16000 and 800.
    expect([4_294_000, 1_600_000, 80_000].map(money)).toEqual(['42,940.00', '16,000.00', '800.00']);
    expect(money(0)).toBe('0.00');
    expect(money(-150_000)).toBe('-1,500.00');
    expect(money(123_456_789_01)).toBe('123,456,789.01');
    expect(moneyOrBlank(null)).toBe('');
    expect(moneyOrBlank(5)).toBe('0.05');
  });

  it('prices: thousands separators, at least two decimals, more only where they were entered', () => {
    // The order drawer showed "14464" and "1280".
    expect(price('14464')).toBe('14,464.00');
    expect(price('1280')).toBe('1,280.00');
    expect(price('1280.5')).toBe('1,280.50');
    expect(price('14464.00')).toBe('14,464.00');
    expect(price('905.1234')).toBe('905.1234');
    expect(price('0.5')).toBe('0.50');
    expect(price(null)).toBe('');
  });

  it('quantities: as entered, with thousands separators and without trailing noise', () => {
    expect(qty('2')).toBe('2');
    expect(qty('2.500')).toBe('2.5');
    expect(qty('12.0000')).toBe('12');
    expect(qty('1200')).toBe('1,200');
    expect(qty('0.125')).toBe('0.125');
    expect(qty('0.000')).toBe('0');
    expect(qty(undefined)).toBe('');
    expect(qty('约 2 台')).toBe('约 2 台');
  });
});

/*
 * Every figure the renderer shows goes through the formatters above. The check reads the renderer's source and
 * finds, by field name, the places a money, price or quantity value reaches the screen:
 * - a table column (antd `dataIndex` / react-table `accessorKey`) of such a field without a `render` / `cell`
 *   that formats it;
 * - a JSX child `{x.gross}`, a template part `${x.unitPrice}` or a translation value `{ amount: x.amount }`.
 */
const MONEY = [
  'gross',
  'net',
  'tax',
  'amount',
  'total',
  'open',
  'unapplied',
  'allocated',
  'freight',
  'insuranceFee',
  'insuredValue',
  'cod',
  'fee',
  'minimum',
  'creditLimit',
  'planned',
  'actual',
  'balance',
  'opening',
  'closing',
  'increase',
  'paid',
  'overdue',
  'exposure',
  'extra',
  'adjustment',
  'maxAmount',
  'sales',
  'receipts',
  'invoiced',
  'delivered',
  'ordered',
  'insurance',
  'theirBalance',
  'discountInterest',
  'promisedFen',
];
const PRICES = ['unitPrice', 'listPrice', 'standardCost', 'unitCost', 'competitorPrice', 'rate'];
const QUANTITIES = [
  'quantity',
  'noticed',
  'returned',
  'outstanding',
  'remaining',
  'onNotes',
  'closedShort',
  'redeliverable',
  'available',
  'checkedQty',
  'discrepancyQty',
];
const FIGURES = new Set([...MONEY, ...PRICES, ...QUANTITIES]);
const isFigure = (name: string) => FIGURES.has(name) || /(Fen|Gross|Net|Yuan)$/.test(name);
/** Formatting a value: the shared formatters, a component that formats, or a label (rates as %, counts). */
const FORMATTED =
  /\b(money|moneyOrBlank|price|qty|qtyText|formatFen|formatPrice|formatQuantity|taxRateLabel|CreditLimitText|MoneyText)\b/;

const RENDERER = path.resolve(__dirname, '../../../renderer/src');

/** Names that are figures elsewhere but not here: `file name`, each with why. */
const NOT_FIGURES = new Set([
  // Counts of rows and records, not money.
  'deliveries/BoardPage.tsx total',
  'excel/ExcelButtons.tsx total',
  'home/HomePage.tsx total',
  'invoices/ImportInvoicesDialog.tsx total',
  'app/SearchPalette.tsx total',
  'home/WorkQueue.tsx total',
  'table/ExportButton.tsx total',
  // A percentage of plan reached, shown with its % sign.
  'receivables/collections/PlanTab.tsx rate',
  // A dialog's extra content (a React node).
  'forms/useAsk.tsx extra',
]);

function propertyName(p: ts.ObjectLiteralElementLike): string | null {
  return p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : null;
}

function isReactKey(template: ts.Node): boolean {
  const attribute = template.parent?.parent;
  return attribute !== undefined && ts.isJsxAttribute(attribute) && attribute.name.getText() === 'key';
}

function findRawFigures(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const relative = path.relative(RENDERER, file);
  const where = (n: ts.Node, what: string, name: string) => {
    if (!NOT_FIGURES.has(`${relative} ${name}`))
      found.push(`${relative}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1} ${what}`);
  };
  /** The figure field a bare read names: `x.gross`, `x?.gross`, `x.totals.gross`, `x.quantity[0]`. */
  const figureRead = (e: ts.Expression): string | null => {
    let x = e;
    while (ts.isNonNullExpression(x) || ts.isParenthesizedExpression(x) || ts.isElementAccessExpression(x))
      x = x.expression;
    return ts.isPropertyAccessExpression(x) && isFigure(x.name.text) ? x.name.text : null;
  };
  const visit = (n: ts.Node) => {
    if (ts.isObjectLiteralExpression(n)) {
      const props = new Map(n.properties.map((p) => [propertyName(p), p]));
      const field = props.get('dataIndex') ?? props.get('accessorKey');
      if (field && ts.isPropertyAssignment(field) && ts.isStringLiteral(field.initializer)) {
        const name = field.initializer.text;
        const shown = props.get('render') ?? props.get('cell');
        if (isFigure(name) && !(shown && FORMATTED.test(shown.getText(sf))))
          where(field, `column '${name}' unformatted`, name);
      }
      // A translation's values: t('…', { amount: x.amount }).
      const call = n.parent;
      if (ts.isCallExpression(call) && call.expression.getText(sf) === 't')
        for (const p of n.properties)
          if (ts.isPropertyAssignment(p)) {
            const read = figureRead(p.initializer);
            if (read) where(p, `t() value ${read} unformatted`, read);
          }
    }
    if (ts.isJsxExpression(n) && n.expression && !ts.isJsxAttribute(n.parent)) {
      const read = figureRead(n.expression);
      if (read) where(n, `{…${read}} unformatted`, read);
    }
    // A template's parts, but for a React key (never shown).
    if (ts.isTemplateSpan(n) && !isReactKey(n.parent)) {
      const read = figureRead(n.expression);
      if (read) where(n, `\${…${read}} unformatted`, read);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

describe('no page shows a figure raw', () => {
  const files = (fs.readdirSync(RENDERER, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => path.join(RENDERER, f));

  it('the check finds what it looks for', () => {
    const bad = `
      const columns = [
        { title: '数量', dataIndex: 'quantity', align: 'right' },
        { title: '单价', dataIndex: 'unitPrice', render: (p) => p },
        { id: 'gross', accessorKey: 'gross' },
        { title: '金额', dataIndex: 'gross', render: (g) => money(g) },
      ];
      const a = <td>{line.gross}</td>;
      const b = \`\${o.totals.gross} 元\`;
      const c = t('x', { amount: r.amount, who: r.name });
      const d = <td>{money(line.gross)}</td>;
      const f = <span>{l.unitPrice[0]}</span>;
      const e = <InputNumber max={l.quantity} />;
    `;
    expect(findRawFigures(path.join(RENDERER, 'x.tsx'), bad).map((f) => f.replace(/^x\.tsx:\d+ /, ''))).toEqual([
      "column 'quantity' unformatted",
      "column 'unitPrice' unformatted",
      "column 'gross' unformatted",
      '{…gross} unformatted',
      '${…gross} unformatted',
      't() value amount unformatted',
      '{…unitPrice} unformatted',
    ]);
  });

  it('every table column, drawer item and message of money, prices and quantities uses the shared formatters', () => {
    expect(files.length).toBeGreaterThan(100);
    const raw = files.flatMap((f) => findRawFigures(f, fs.readFileSync(f, 'utf8')));
    expect(raw).toEqual([]);
  });

  it('the tables that show figures, checked by name', () => {
    // The lists and drawers of the issue: each has figure columns, and each passed the check above.
    const checked = [
      'orders/OrdersPage.tsx',
      'orders/OrderChanges.tsx',
      'quotes/QuotesPage.tsx',
      'quotes/PreviousLinesDialog.tsx',
      'products/ProductsPage.tsx',
      'deliveries/NoticesPage.tsx',
      'deliveries/NoticeDrawer.tsx',
      'deliveries/NotesPage.tsx',
      'deliveries/note/NoteLinesTab.tsx',
      'deliveries/note/ReturnsTab.tsx',
      'invoices/InvoicesPage.tsx',
      'invoices/InvoiceDrawer.tsx',
      'receipts/ReceiptsPage.tsx',
      'dispatch/ConsignmentsPage.tsx',
      'dispatch/CarriersPage.tsx',
      'receivables/ageing/AgeingPage.tsx',
      'receivables/statements/StatementsPage.tsx',
    ];
    for (const f of checked) {
      const text = fs.readFileSync(path.join(RENDERER, f), 'utf8');
      expect(FORMATTED.test(text), f).toBe(true);
    }
  });
});
