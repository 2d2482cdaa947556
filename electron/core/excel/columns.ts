import type { ExcelKind } from '../../shared/excel/contract';
import {
  boolCell,
  intCell,
  limitCell,
  listCell,
  priceCell,
  sourceCell,
  taxRateCell,
  textCell,
  type CellKind,
} from './cell-values';

/**
 * One column of an import/export sheet. `field` is the input field it fills; `contact.*`
 * and `address.*` fill the primary contact and the default delivery address.
 */
export interface ExcelColumn {
  field: string;
  /** Where export reads it: a column of the record's table, or of its contact/address table. */
  dbColumn: string;
  zh: string;
  en: string;
  kind: CellKind;
  width: number;
  required?: boolean;
  example: string;
  hint: string;
}

const col = (
  field: string,
  dbColumn: string,
  zh: string,
  en: string,
  kind: CellKind,
  width: number,
  example: string,
  hint: string,
  required = false,
): ExcelColumn => ({
  field,
  dbColumn,
  zh,
  en,
  kind,
  width,
  example,
  hint,
  required,
});

const CODE_HINT =
  '留空则自动编号；与已有编码相同则更新该条资料 / empty: numbered automatically; an existing code updates that record';
const ACTIVE_HINT = '是 / 否，留空为是 / yes or no, empty is yes';

const CONTACT_COLUMNS = [
  col('contact.name', 'name', '联系人', 'Contact', textCell, 10, '刘伟', '主要联系人 / primary contact'),
  col('contact.title', 'title', '职务', 'Title', textCell, 10, '采购经理', ''),
  col('contact.mobile', 'mobile', '手机', 'Mobile', textCell, 14, '13901012345', ''),
  col('contact.phone', 'phone', '电话', 'Phone', textCell, 14, '010-68001234', ''),
  col('contact.email', 'email', '邮箱', 'E-mail', textCell, 22, 'liuwei@example.cn', ''),
];

export const EXCEL_COLUMNS: Record<ExcelKind, ExcelColumn[]> = {
  customers: [
    col('code', 'code', '编码', 'Code', textCell, 12, '', CODE_HINT),
    col('name', 'name', '名称', 'Name', textCell, 32, '北京华联机电工程有限公司', '客户全称 / full name', true),
    col('shortName', 'short_name', '简称', 'Short name', textCell, 14, '北京华联', ''),
    col(
      'mnemonic',
      'mnemonic',
      '助记码',
      'Mnemonic',
      textCell,
      10,
      '',
      '留空则按拼音首字母生成 / empty: pinyin initials',
    ),
    col(
      'taxId',
      'tax_id',
      '税号',
      'Tax ID',
      textCell,
      22,
      '91110105MA01ABCD2X',
      '统一社会信用代码 / unified social credit code',
    ),
    col('invoiceTitle', 'invoice_title', '开票名称', 'Invoice title', textCell, 30, '北京华联机电工程有限公司', ''),
    col(
      'invoiceAddressPhone',
      'invoice_address_phone',
      '开票地址电话',
      'Invoice address & phone',
      textCell,
      36,
      '北京市朝阳区酒仙桥路10号 010-68001234',
      '',
    ),
    col(
      'invoiceBankAccount',
      'invoice_bank_account',
      '开户行及账号',
      'Bank & account (invoice)',
      textCell,
      36,
      '中国工商银行北京酒仙桥支行 0200001234567890123',
      '',
    ),
    col('paymentTerms', 'payment_terms', '付款条件', 'Payment terms', textCell, 16, '月结30天', ''),
    col('paymentDays', 'payment_days', '账期（天）', 'Payment days', intCell, 10, '30', '整数 / whole number'),
    col(
      'creditLimit',
      'credit_limit_fen',
      '信用额度（元）',
      'Credit limit (yuan)',
      limitCell,
      14,
      '500000',
      '元；不限 = 无额度限制，0 = 只做现款；仅销售经理可改 / yuan; 不限 = no limit, 0 = cash only; managers only',
    ),
    col('salesperson', 'salesperson', '业务员', 'Salesperson', textCell, 10, '张丽', ''),
    ...CONTACT_COLUMNS,
    col(
      'address.address',
      'address',
      '送货地址',
      'Delivery address',
      textCell,
      40,
      '北京市大兴区物流园8号',
      '默认送货地址 / default delivery address',
    ),
    col('active', 'active', '启用', 'Active', boolCell, 8, '是', ACTIVE_HINT),
    col('notes', 'notes', '备注', 'Notes', textCell, 30, '', ''),
  ],
  products: [
    col('code', 'code', '编码', 'Code', textCell, 12, '', CODE_HINT),
    col('name', 'name', '名称', 'Name', textCell, 24, '法兰球阀', '', true),
    col('brand', 'brand', '品牌', 'Brand', textCell, 12, '苏阀', ''),
    col('spec', 'spec', '型号规格', 'Model / spec', textCell, 28, 'Q41F-16C DN50', ''),
    col('unit', 'unit', '单位', 'Unit', textCell, 8, '台', '留空为“个” / empty: 个'),
    col('taxRate', 'tax_rate', '税率', 'Tax rate', taxRateCell, 8, '13%', '13%、9%、6%、3%、1%、0%'),
    col(
      'listPrice',
      'list_price_e4',
      '标准售价',
      'List price',
      priceCell,
      12,
      '1280.00',
      '元，最多四位小数 / yuan, up to 4 decimals',
    ),
    col(
      'standardCost',
      'standard_cost_e4',
      '标准成本',
      'Standard cost',
      priceCell,
      12,
      '905.00',
      '元，最多四位小数 / yuan, up to 4 decimals',
    ),
    col('source', 'source', '来源', 'Source', sourceCell, 8, '外购', '自产 / 外购 (own / bought-in)'),
    col('category', 'category', '类别', 'Category', textCell, 12, '阀门', ''),
    col('active', 'active', '启用', 'Active', boolCell, 8, '是', ACTIVE_HINT),
    col('notes', 'notes', '备注', 'Notes', textCell, 30, '', ''),
  ],
  suppliers: [
    col('code', 'code', '编码', 'Code', textCell, 12, '', CODE_HINT),
    col('name', 'name', '名称', 'Name', textCell, 32, '苏州纽威阀门股份有限公司', '供应商全称 / full name', true),
    col('shortName', 'short_name', '简称', 'Short name', textCell, 14, '纽威阀门', ''),
    col(
      'mnemonic',
      'mnemonic',
      '助记码',
      'Mnemonic',
      textCell,
      10,
      '',
      '留空则按拼音首字母生成 / empty: pinyin initials',
    ),
    col('taxId', 'tax_id', '税号', 'Tax ID', textCell, 22, '91320505MA1NXXXX3P', ''),
    col('bankName', 'bank_name', '开户银行', 'Bank', textCell, 24, '招商银行苏州分行', ''),
    col('bankAccount', 'bank_account', '银行账号', 'Bank account', textCell, 24, '512902000000001', ''),
    col(
      'categories',
      'categories',
      '供应类别',
      'Categories',
      listCell,
      20,
      '阀门、管件',
      '多个用“、”分开 / several separated by 、',
    ),
    ...CONTACT_COLUMNS,
    col('active', 'active', '启用', 'Active', boolCell, 8, '是', ACTIVE_HINT),
    col('notes', 'notes', '备注', 'Notes', textCell, 30, '', ''),
  ],
};

/** Finds a sheet's column by its header, in Chinese or English, spaces and case ignored. */
export function columnByHeader(kind: ExcelKind, header: string): ExcelColumn | undefined {
  const h = normalizeHeader(header);
  return EXCEL_COLUMNS[kind].find((c) => normalizeHeader(c.zh) === h || normalizeHeader(c.en) === h);
}

const normalizeHeader = (h: string) =>
  h.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')').replace(/^\*/, '').toLowerCase();
