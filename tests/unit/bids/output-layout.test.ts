import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildBidPackage } from '../../../electron/core/bids/output/build-package';
import { bidTotal } from '../../../electron/shared/bids/price-tables';
import { seedPackage } from '../support/bids-output-seed';
import { A4_FILED, expectLaidOut } from '../support/pdf-read';
import { useTestCore } from '../support/test-core';

const t = useTestCore();

const LONG_MODEL = 'LDG-150 DN150 PN16 衬四氟 哈氏合金电极 一体式 4-20mA HART 防护等级IP68 分体安装 带现场显示';

describe('the 分项报价表 of a bid package on A4', () => {
  it.each([1, 16, 40, 300])('%i lines: no blank page, everything inside the printable area, one total', async (n) => {
    const lines = Array.from({ length: n }, (_, i) => ({
      name: `电磁流量计${i + 1}`,
      brand: '光华',
      model: i % 7 === 3 ? LONG_MODEL : `LDG-${100 + i}`,
      quantity: '2',
      unitPrice: '1000.50',
    }));
    const id = await seedPackage(t, {
      lines,
      sections: [
        { kind: 'generated', generator: 'cover', title: '封面' },
        { kind: 'generated', generator: 'opening_summary', title: '开标一览表' },
        { kind: 'generated', generator: 'price_breakdown', title: '分项报价表' },
      ],
    });
    const file = await t.ok('bids.output.build', { packageId: id, edition: 'original', jobId: `job-lines-${n}` });
    const pages = expectLaidOut(file, A4_FILED, { minChars: 40 });
    const total = bidTotal(lines);
    expect(total.totalFen).toBe(n * 200100);
    // Every page of the table repeats its header; the 合计 and its 大写 close the last page only.
    pages.slice(2).forEach((p) => expect(p).toContain('序号货物名称品牌规格型号'));
    expect(pages.at(-1)).toContain(`合计（大写）：${total.inWords}`);
    pages.slice(0, -1).forEach((p) => expect(p).not.toContain('合计（大写）'));
    expect(pages[1]).toContain(total.inWords);
  });
});

describe('contents that run over a page', () => {
  it('reserves its own pages: with 45 written parts every entry still names the page its part starts on', async () => {
    const sections = [
      { kind: 'generated' as const, generator: 'cover', title: '封面' },
      { kind: 'generated' as const, generator: 'toc', title: '目录' },
      ...Array.from({ length: 45 }, (_, i) => ({
        kind: 'text' as const,
        title: `技术方案第${i + 1}部分`,
        bodyHtml: `<p>${'设备选型与安装说明。'.repeat(i % 3 === 0 ? 200 : 10)}</p>`,
      })),
    ];
    const id = await seedPackage(t, { sections });
    const file = await t.ok('bids.output.build', { packageId: id, edition: 'original', jobId: 'job-toc-long' });
    const raw = execFileSync('pdftotext', ['-raw', '-', '-'], {
      input: Buffer.from(file.dataBase64, 'base64'),
      encoding: 'utf8',
    }).split('\f');
    const toc = raw.slice(1, 3).join('\n');
    expect(raw[2]).toContain('技术方案第4');
    for (let i = 1; i <= 45; i++) {
      const m = new RegExp(`^${i}\\.技术方案第${i}部分 (\\d+)$`, 'm').exec(toc);
      expect(m, `entry ${i}`).not.toBeNull();
      expect(raw[Number(m![1]) - 1]!.split('\n')[0], `part ${i}`).toBe(`技术方案第${i}部分`);
    }
  });
});

describe('progress', () => {
  it('steps through each section, the contents, merging and stamping, ending at its total', async () => {
    const id = await seedPackage(t, {
      sections: [
        { kind: 'generated', generator: 'cover', title: '封面' },
        { kind: 'generated', generator: 'toc', title: '目录' },
        { kind: 'generated', generator: 'opening_summary', title: '开标一览表' },
      ],
    });
    const labels: string[] = [];
    const progress = { userId: 1, step: 0, total: 1, label: '' };
    const watched = new Proxy(progress, {
      set(target, key, value) {
        if (key === 'label') labels.push(`${target.step}/${target.total} ${value as string}`);
        return Reflect.set(target, key, value);
      },
    });
    const built = await buildBidPackage(
      t.core.services.db(),
      t.core.services,
      'zh-CN',
      { packageId: id, edition: 'original', copyNo: null },
      watched,
    );
    expect(built.pages).toBe(3);
    // The parts print side by side, so they are counted as each one is done, in whichever order that is.
    expect(labels.slice(0, 3).map((l) => l.split(' ')[0])).toEqual(['1/6', '2/6', '3/6']);
    expect(
      labels
        .slice(0, 3)
        .map((l) => l.split(' ')[1])
        .sort(),
    ).toEqual(['生成：封面', '生成：目录', '生成：开标一览表'].sort());
    expect(labels.slice(3)).toEqual(['4/6 生成目录', '5/6 合并页面', '6/6 加页码和水印', '6/6 完成']);
    expect(progress.step).toBe(6);
    expect(await t.ok('bids.output.progress', { jobId: 'job-not-running' })).toEqual({
      step: 0,
      total: 0,
      label: '',
      running: false,
    });
  });
});
