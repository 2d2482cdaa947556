import Alert from 'antd/es/alert';
import Modal from 'antd/es/modal';
import Select from 'antd/es/select';
import Spin from 'antd/es/spin';
import Table from 'antd/es/table';
import Typography from 'antd/es/typography';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrinterInfo } from '@shared/printing/desktop-bridge';
import { desktopPrinting } from './desktop';
import { choosePrinter, chosenPrinter, targetKey, type PrintTarget } from './print-preferences';
import { PRINT_TARGETS, targetName } from './print-targets';

/** The Select's value for "the system's default printer" (a printer name is never empty). */
const DEFAULT = '';

type Choice = string | null | undefined;
const toValue = (c: Choice) => (c === undefined ? undefined : (c ?? DEFAULT));
const fromValue = (v: string | undefined): Choice => (v === undefined ? undefined : v === DEFAULT ? null : v);

/**
 * 打印机设置: which of this PC's printers each document prints on, kept on this PC. With `only`, the one question
 * asked the first time a document is printed here.
 */
export function PrinterSettingsDialog({
  only,
  onClose,
}: {
  only?: PrintTarget;
  /** The choice for `only` once saved; undefined when cancelled. */
  onClose(chosen?: string | null): void;
}) {
  const { t } = useTranslation();
  const targets = only ? [only] : PRINT_TARGETS;
  const [printers, setPrinters] = useState<PrinterInfo[] | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [choices, setChoices] = useState<Record<string, Choice>>(() =>
    Object.fromEntries(
      targets.map((target) => [targetKey(target), chosenPrinter(target) ?? (only ? null : undefined)]),
    ),
  );

  useEffect(() => {
    let live = true;
    void desktopPrinting()
      ?.printers()
      .then((r) => {
        if (!live) return;
        if (r.ok) setPrinters(r.value);
        else setFailed(t('printing.errors.failed', { detail: r.error.detail ?? r.error.code }));
      });
    return () => {
      live = false;
    };
  }, [t]);

  const save = () => {
    for (const target of targets) {
      const choice = choices[targetKey(target)];
      if (choice !== undefined) choosePrinter(target, choice);
    }
    onClose(only ? (choices[targetKey(only)] ?? null) : undefined);
  };

  const options = [
    { value: DEFAULT, label: t('printing.defaultPrinter') },
    ...(printers ?? []).map((p) => ({ value: p.name, label: p.displayName })),
  ];
  return (
    <Modal
      open
      width={only ? 480 : 640}
      title={only ? t('printing.choosePrinter') : t('printing.printers')}
      okText={only ? t('printing.printNow') : t('common.save')}
      onOk={save}
      onCancel={() => onClose(undefined)}
    >
      {failed && <Alert type="error" showIcon message={failed} style={{ marginBottom: 8 }} />}
      {printers?.length === 0 && <Alert type="warning" showIcon message={t('printing.noPrinters')} />}
      <Typography.Paragraph type="secondary">
        {only ? t('printing.chooseFor', { target: targetName(t, only) }) : t('printing.printersHint')}
      </Typography.Paragraph>
      {printers === null && !failed ? (
        <Spin />
      ) : (
        <Table<PrintTarget>
          size="small"
          pagination={false}
          showHeader={false}
          rowKey={targetKey}
          dataSource={targets}
          columns={[
            { key: 'target', width: '45%', render: (_v, target) => targetName(t, target) },
            {
              key: 'printer',
              render: (_v, target) => (
                <Select
                  aria-label={targetName(t, target)}
                  style={{ width: '100%' }}
                  placeholder={t('printing.notChosen')}
                  value={toValue(choices[targetKey(target)])}
                  options={options}
                  onChange={(v: string) => setChoices((c) => ({ ...c, [targetKey(target)]: fromValue(v) }))}
                />
              ),
            },
          ]}
        />
      )}
    </Modal>
  );
}
