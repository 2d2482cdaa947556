import { FilePdfOutlined } from '@ant-design/icons';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Modal from 'antd/es/modal';
import Progress from 'antd/es/progress';
import Radio from 'antd/es/radio';
import Space from 'antd/es/space';
import Typography from 'antd/es/typography';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BidEdition } from '@shared/bids/output/contract';
import { downloadBase64 } from '../../files/file-transfer';
import { rpc } from '../../rpc/client';
import { useRpcError } from '../../rpc/useRpcError';

const POLL_MS = 400;

/** An id for asking after this build's progress. */
const newJobId = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');

/** One file to build: the original, or copy n. */
interface Edition {
  edition: BidEdition;
  copyNo: number | null;
}

/**
 * 生成投标文件: a button and its dialog for one package. The user picks the 正本, one 副本 or all of them (one file
 * each); the dialog shows the step and a bar while the core merges, then downloads each PDF.
 */
export function BuildPackage({ packageId, copies }: { packageId: number; copies: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rpcError = useRpcError();
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState<string>('original');
  const [busy, setBusy] = useState<string | null>(null);
  const [step, setStep] = useState<{ step: number; total: number; label: string } | null>(null);
  const timer = useRef<ReturnType<typeof setInterval> | undefined>(undefined);
  useEffect(() => () => clearInterval(timer.current), []);

  // 副本一, 副本二…: the same words the cover prints.
  const copyName = (n: number) => t('bidOutput.copy', { n: t('bidOutputMsg.numerals').split('|')[n - 1] ?? n });
  const editions = (): Edition[] => {
    const copiesList = Array.from({ length: copies }, (_, i) => ({ edition: 'copy' as const, copyNo: i + 1 }));
    if (choice === 'all') return [{ edition: 'original', copyNo: null }, ...copiesList];
    if (choice === 'original') return [{ edition: 'original', copyNo: null }];
    return [{ edition: 'copy', copyNo: Number(choice) }];
  };

  async function buildOne({ edition, copyNo }: Edition): Promise<string[]> {
    const jobId = newJobId();
    setBusy(edition === 'original' ? t('bidOutput.original') : copyName(copyNo!));
    setStep(null);
    timer.current = setInterval(() => {
      void rpc('bids.output.progress', { jobId })
        .then((p) => p.running && setStep({ step: p.step, total: p.total, label: p.label }))
        .catch(() => undefined);
    }, POLL_MS);
    try {
      const file = await rpc('bids.output.build', { packageId, edition, copyNo, jobId });
      downloadBase64(file.filename, file.dataBase64, 'application/pdf');
      return file.skipped;
    } finally {
      clearInterval(timer.current);
    }
  }

  async function run() {
    const list = editions();
    const skipped: string[] = [];
    try {
      for (const e of list) skipped.push(...(await buildOne(e)));
      message.success(t('bidOutput.done', { count: list.length }));
      if (skipped.length) void message.warning(t('bidOutput.skipped', { files: [...new Set(skipped)].join('、') }));
      setOpen(false);
    } catch (err) {
      rpcError.show(err);
    } finally {
      setBusy(null);
      setStep(null);
    }
  }

  return (
    <>
      <Button icon={<FilePdfOutlined />} onClick={() => setOpen(true)}>
        {t('bidOutput.button')}
      </Button>
      <Modal
        open={open}
        title={t('bidOutput.title')}
        okText={t('bidOutput.start')}
        onOk={() => void run()}
        confirmLoading={busy !== null}
        onCancel={() => busy === null && setOpen(false)}
        cancelButtonProps={{ disabled: busy !== null }}
        destroyOnHidden
      >
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Text>{t('bidOutput.edition')}</Typography.Text>
          <Radio.Group value={choice} onChange={(e) => setChoice(String(e.target.value))} disabled={busy !== null}>
            <Space direction="vertical">
              <Radio value="original">{t('bidOutput.original')}</Radio>
              {Array.from({ length: copies }, (_, i) => (
                <Radio key={i + 1} value={String(i + 1)}>
                  {copyName(i + 1)}
                </Radio>
              ))}
              {copies > 0 && <Radio value="all">{t('bidOutput.all', { copies })}</Radio>}
            </Space>
          </Radio.Group>
          {busy !== null && (
            <div role="status">
              <Typography.Text>{t('bidOutput.building', { which: busy })}</Typography.Text>
              <Progress percent={step && step.total > 0 ? Math.round((step.step / step.total) * 100) : 0} />
              {step && <Typography.Text type="secondary">{t('bidOutput.step', step)}</Typography.Text>}
            </div>
          )}
        </Space>
      </Modal>
    </>
  );
}
