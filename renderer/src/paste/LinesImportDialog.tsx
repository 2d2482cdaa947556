import { UploadOutlined } from '@ant-design/icons';
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Checkbox from 'antd/es/checkbox';
import Input from 'antd/es/input';
import Modal from 'antd/es/modal';
import Select from 'antd/es/select';
import Space from 'antd/es/space';
import Table from 'antd/es/table';
import Tag from 'antd/es/tag';
import Upload from 'antd/es/upload';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_PASTED_LINES, type LineMatch, type SheetGrid } from '@shared/paste/contract';
import { draftLine, type DraftTerms, type LineDraft } from '@shared/paste/line-draft';
import { readSheetLines, rereadNumber, type SheetLine } from '@shared/paste/sheet-lines';
import { tsvGrid } from '@shared/paste/tsv-grid';
import type { ProductRow } from '@shared/products/contract';
import { readFileBase64 } from '../files/file-transfer';
import { price } from '../format';
import { RemoteSelect } from '../forms/RemoteSelect';
import { rpc } from '../rpc/client';
import { useRpcError } from '../rpc/useRpcError';
import { PICKER_PAGE_SIZE } from '../table/page-sizes';

/** One row of the preview: the line as read, its match, and what the user chose. */
interface PreviewRow {
  line: SheetLine;
  match: LineMatch;
  /** The product the line will carry: the match, or the user's pick; null keeps it free text. */
  product: ProductRow | null;
  include: boolean;
}

interface Read {
  headerRow: number;
  columns: string[];
  rows: PreviewRow[];
  truncated: boolean;
}

const productLabel = (p: ProductRow) => `${p.code} ${p.name} ${p.spec ?? ''}`.trim();
const searchProducts = async (q: string) =>
  (await rpc('products.list', { q, pageSize: PICKER_PAGE_SIZE, filters: { active: true } })).rows;

export type LinesSource = { kind: 'paste'; text?: string } | { kind: 'sheet' };

/**
 * 粘贴Excel / 导入询价清单: the rows read (header found or the default order assumed), each matched to a product
 * by code or by name and spec, or left as free text (highlighted) for the user to pick one; quantities and prices
 * checked and correctable; then the chosen rows go to the document's lines.
 */
export function LinesImportDialog({
  source,
  terms,
  onAdd,
  onClose,
}: {
  source: LinesSource;
  terms: Omit<DraftTerms, 'defaultUnit'>;
  onAdd(lines: LineDraft[]): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const rpcError = useRpcError();
  const [text, setText] = useState(source.kind === 'paste' ? (source.text ?? '') : '');
  const [file, setFile] = useState<{ filename: string; dataBase64: string } | null>(null);
  const [grid, setGrid] = useState<SheetGrid | null>(null);
  const [read, setRead] = useState<Read | null>(null);
  const [busy, setBusy] = useState(false);

  /** Reads the grid into lines and matches them to products in one call. */
  async function readGrid(rows: string[][], firstRow: number, truncatedSheet: boolean) {
    const sheet = readSheetLines(rows, firstRow);
    const lines = sheet.lines.slice(0, MAX_PASTED_LINES);
    if (!lines.length) {
      setRead({ headerRow: sheet.headerRow, columns: [], rows: [], truncated: false });
      return;
    }
    const { matches } = await rpc('products.matchLines', {
      rows: lines.map((l) => ({ code: l.code, name: l.name, spec: l.spec })),
    });
    setRead({
      headerRow: sheet.headerRow,
      columns: sheet.columns.filter((c): c is NonNullable<typeof c> => c !== null && c !== 'index'),
      rows: lines.map((line, i) => ({ line, match: matches[i]!, product: matches[i]!.product, include: true })),
      truncated: truncatedSheet || sheet.lines.length > MAX_PASTED_LINES,
    });
  }

  const run = (work: () => Promise<void>) => {
    setBusy(true);
    void rpcError.attempt(work).finally(() => setBusy(false));
  };
  const readText = (value: string) => run(() => readGrid(tsvGrid(value), 1, false));
  const readSheet = (chosen: { filename: string; dataBase64: string }, sheet?: string) =>
    run(async () => {
      const g = await rpc('paste.readSheet', { ...chosen, sheet: sheet ?? null });
      setGrid(g);
      await readGrid(g.rows, g.firstRow, g.truncated);
    });

  // A paste caught in the lines table arrives with its text: read it at once.
  useEffect(() => {
    if (source.kind === 'paste' && source.text) readText(source.text);
    // Only on opening.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const update = (index: number, change: (r: PreviewRow) => PreviewRow) =>
    setRead((r) => r && { ...r, rows: r.rows.map((row, i) => (i === index ? change(row) : row)) });

  const rows = read?.rows ?? [];
  const chosen = rows.filter((r) => r.include);
  const wrong = chosen.filter((r) => Object.keys(r.line.problems).length > 0);
  const counts = {
    total: rows.length,
    byCode: rows.filter((r) => r.match.by === 'code').length,
    byName: rows.filter((r) => r.match.by === 'nameSpec').length,
    unmatched: rows.filter((r) => !r.match.by).length,
  };
  const draftTerms: DraftTerms = { ...terms, defaultUnit: t('wording.unitPiece') };
  const problem = (r: PreviewRow, f: 'quantity' | 'unitPrice') => r.line.problems[f];

  return (
    <Modal
      open
      width={1200}
      title={t(source.kind === 'paste' ? 'paste.pasteTitle' : 'paste.importTitle')}
      okText={t('paste.add', { count: chosen.length })}
      okButtonProps={{ disabled: !chosen.length || wrong.length > 0, loading: busy }}
      onOk={() => onAdd(chosen.map((r) => draftLine(r.line, r.product, draftTerms)))}
      onCancel={onClose}
    >
      {source.kind === 'paste' ? (
        <Space.Compact block style={{ marginBottom: 8 }}>
          <Input.TextArea
            aria-label={t('paste.pasteBox')}
            placeholder={t('paste.pasteHint')}
            rows={4}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onPaste={(e) => {
              // Pasting into the box reads at once, as pasting into the table does.
              const pasted = e.clipboardData.getData('text/plain');
              if (pasted && !text.trim()) {
                e.preventDefault();
                setText(pasted);
                readText(pasted);
              }
            }}
          />
          <Button type="primary" disabled={!text.trim()} loading={busy} onClick={() => readText(text)}>
            {t('paste.read')}
          </Button>
        </Space.Compact>
      ) : (
        <Space wrap style={{ marginBottom: 8 }}>
          <Upload
            accept=".xlsx"
            showUploadList={false}
            beforeUpload={(f) => {
              void readFileBase64(f).then((dataBase64) => {
                const chosenFile = { filename: f.name, dataBase64 };
                setFile(chosenFile);
                readSheet(chosenFile);
              });
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={busy}>
              {t('paste.chooseFile')}
            </Button>
          </Upload>
          {file && <span>{file.filename}</span>}
          {grid && grid.sheets.length > 1 && (
            <Select
              aria-label={t('paste.sheet')}
              style={{ minWidth: 160 }}
              value={grid.sheet}
              options={grid.sheets.map((s) => ({ value: s, label: s }))}
              onChange={(s) => file && readSheet(file, s)}
            />
          )}
        </Space>
      )}
      {source.kind === 'paste' && !read && <p style={{ color: '#888' }}>{t('paste.pasteHint')}</p>}
      {read && (
        <>
          <p data-testid="paste-layout">
            {read.headerRow
              ? t('paste.headerFound', {
                  row: read.headerRow,
                  columns: read.columns.map((c) => t(`paste.columns.${c}`)).join(t('wording.listSep')),
                })
              : t('paste.noHeader')}
          </p>
          {read.truncated && (
            <Alert type="warning" showIcon message={t('paste.truncated', { max: MAX_PASTED_LINES })} />
          )}
          {rows.length === 0 ? (
            <Alert type="info" showIcon message={t('paste.nothingRead')} />
          ) : (
            <>
              <p data-testid="paste-summary">
                {t('paste.summary', counts)}
                {counts.unmatched > 0 && `${t('wording.comma')}${t('paste.unmatchedHint')}`}
              </p>
              {wrong.length > 0 && (
                <Alert type="error" showIcon message={t('paste.fixFirst', { count: wrong.length })} />
              )}
              <Table<PreviewRow>
                size="small"
                rowKey={(r) => String(r.line.row)}
                dataSource={rows}
                pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
                onRow={(r) => ({
                  'data-testid': 'paste-row',
                  'data-matched': r.product ? 'yes' : 'no',
                  style: r.product ? undefined : { background: '#fffbe6' },
                })}
                columns={[
                  { title: t('paste.row'), key: 'row', width: 50, render: (_, r) => r.line.row },
                  {
                    title: t('paste.match'),
                    key: 'match',
                    width: 90,
                    render: (_, r) =>
                      r.product && r.product.id !== r.match.product?.id ? (
                        <Tag color="blue">{t('paste.by.picked')}</Tag>
                      ) : r.match.by ? (
                        <Tag color="green">{t(`paste.by.${r.match.by}`)}</Tag>
                      ) : (
                        <Tag color="orange">{t('paste.by.none')}</Tag>
                      ),
                  },
                  {
                    title: t('paste.pasted'),
                    key: 'pasted',
                    render: (_, r) =>
                      [r.line.code !== r.line.name ? r.line.code : null, r.line.name, r.line.spec, r.line.unit]
                        .filter(Boolean)
                        .join(' / '),
                  },
                  {
                    title: t('paste.product'),
                    key: 'product',
                    width: 300,
                    render: (_, r) => {
                      const index = rows.indexOf(r);
                      return (
                        <>
                          <RemoteSelect<ProductRow>
                            style={{ width: 280 }}
                            ariaLabel={`${t('paste.product')} ${index + 1}`}
                            placeholder={t('paste.freeText')}
                            value={r.product?.id ?? null}
                            currentLabel={r.product ? productLabel(r.product) : undefined}
                            // Blank search offers this row's candidates, without asking the server.
                            search={async (q) => (q ? searchProducts(q) : r.match.candidates)}
                            toOption={(p) => ({ value: p.id, label: productLabel(p) })}
                            onChange={(_id, p) => update(index, (x) => ({ ...x, product: p ?? null }))}
                          />
                          {r.product && r.line.unit && r.line.unit !== r.product.unit && (
                            <div style={{ color: '#d46b08' }}>{t('paste.unitDiffers', { unit: r.line.unit })}</div>
                          )}
                        </>
                      );
                    },
                  },
                  ...(['quantity', 'unitPrice'] as const).map((f) => ({
                    title: t(`paste.columns.${f}`),
                    key: f,
                    width: 130,
                    render: (_: unknown, r: PreviewRow) => {
                      const index = rows.indexOf(r);
                      const wrongHere = problem(r, f);
                      const placeholder =
                        f === 'unitPrice' && r.product
                          ? t('paste.priceFromProduct', {
                              price: price(draftLine({ ...r.line, unitPrice: null }, r.product, draftTerms).unitPrice),
                            })
                          : undefined;
                      return (
                        <>
                          <Input
                            size="small"
                            aria-label={`${t(`paste.columns.${f}`)} ${index + 1}`}
                            status={wrongHere ? 'error' : undefined}
                            placeholder={placeholder}
                            value={f === 'quantity' ? r.line.quantityText : r.line.unitPriceText}
                            onChange={(e) =>
                              update(index, (x) => ({ ...x, line: rereadNumber(x.line, f, e.target.value) }))
                            }
                          />
                          {wrongHere && (
                            <div className="ant-form-item-explain-error">{t(`paste.errors.${wrongHere}`)}</div>
                          )}
                        </>
                      );
                    },
                  })),
                  {
                    title: t('paste.include'),
                    key: 'include',
                    width: 60,
                    render: (_, r) => (
                      <Checkbox
                        aria-label={`${t('paste.include')} ${rows.indexOf(r) + 1}`}
                        checked={r.include}
                        onChange={(e) => update(rows.indexOf(r), (x) => ({ ...x, include: e.target.checked }))}
                      />
                    ),
                  },
                ]}
              />
            </>
          )}
        </>
      )}
    </Modal>
  );
}
