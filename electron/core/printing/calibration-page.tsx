import type { ReactElement } from 'react';
import type { FormOffset } from '../../shared/printing/contract';
import { paperCss } from './form-offsets';

/** Where the crosshairs sit, in mm from the paper's left and top edges: near each corner, and the middle. */
export function crosshairsFor(widthMm: number, heightMm: number): { label: string; x: number; y: number }[] {
  const inset = 15;
  return [
    { label: 'A', x: inset, y: inset },
    { label: 'B', x: widthMm - inset, y: inset },
    { label: 'C', x: Math.floor(widthMm / 2), y: Math.floor(heightMm / 2) },
    { label: 'D', x: inset, y: heightMm - inset },
    { label: 'E', x: widthMm - inset, y: heightMm - inset },
  ];
}

const signed = (mm: number) => (mm > 0 ? `+${mm}` : mm < 0 ? `−${-mm}` : '0');

function grid(widthMm: number, heightMm: number): ReactElement[] {
  const lines: ReactElement[] = [];
  const weight = (mm: number) =>
    mm % 10 === 0
      ? { stroke: '#555', strokeWidth: 0.2 }
      : mm % 5 === 0
        ? { stroke: '#999', strokeWidth: 0.12 }
        : { stroke: '#ccc', strokeWidth: 0.06 };
  for (let x = 0; x <= widthMm; x += 1)
    lines.push(<line key={`x${x}`} x1={x} y1={0} x2={x} y2={heightMm} {...weight(x)} />);
  for (let y = 0; y <= heightMm; y += 1)
    lines.push(<line key={`y${y}`} x1={0} y1={y} x2={widthMm} y2={y} {...weight(y)} />);
  for (let x = 10; x < widthMm; x += 10)
    lines.push(
      <text key={`tx${x}`} x={x + 0.4} y={2.6} fontSize={2.2} fill="#333">
        {x}
      </text>,
    );
  for (let y = 10; y < heightMm; y += 10)
    lines.push(
      <text key={`ty${y}`} x={0.6} y={y - 0.5} fontSize={2.2} fill="#333">
        {y}
      </text>,
    );
  return lines;
}

/**
 * The calibration page of one form: a millimetre grid over the whole paper, crosshairs at known places, and the
 * offsets it was printed with. It prints through the same offsets as the notes, so measuring it shows what is left
 * to correct.
 */
export function CalibrationPage({
  widthMm,
  heightMm,
  offset,
}: {
  widthMm: number;
  heightMm: number;
  offset: Pick<FormOffset, 'offsetX' | 'offsetY'>;
}) {
  return (
    <div className="paper">
      <section className="calibration">
        <svg
          width={`${widthMm}mm`}
          height={`${heightMm}mm`}
          viewBox={`0 0 ${widthMm} ${heightMm}`}
          style={{ position: 'absolute', left: 0, top: 0 }}
        >
          {grid(widthMm, heightMm)}
          {crosshairsFor(widthMm, heightMm).map((c) => (
            <g key={c.label} stroke="#c00" strokeWidth={0.25} fill="none">
              <circle cx={c.x} cy={c.y} r={3} />
              <line x1={c.x - 6} y1={c.y} x2={c.x + 6} y2={c.y} />
              <line x1={c.x} y1={c.y - 6} x2={c.x} y2={c.y + 6} />
              {/* Labels point inwards, so none runs off the paper. */}
              <text
                x={c.x > widthMm / 2 + 10 ? c.x - 3.5 : c.x + 3.5}
                y={c.y - 3.5}
                textAnchor={c.x > widthMm / 2 + 10 ? 'end' : 'start'}
                fontSize={2.8}
                fill="#c00"
                stroke="none"
              >
                {`${c.label} (${c.x}, ${c.y})`}
              </text>
            </g>
          ))}
        </svg>
        <div className="legend">
          <div className="title">
            套打校准页　{widthMm} × {heightMm} mm
          </div>
          <div>
            本页打印时的偏移：水平 {signed(offset.offsetX)} mm，垂直 {signed(offset.offsetY)} mm（正数向右、向下）
          </div>
          <div>用尺量每个十字的中心到纸张左边、上边的距离，与旁边标注的毫米数比较。</div>
          <div>量得偏右几毫米，水平偏移就减几毫米；偏下几毫米，垂直偏移就减几毫米。改好后再打一张核对。</div>
        </div>
      </section>
    </div>
  );
}

export function calibrationCss(widthMm: number, heightMm: number): string {
  return `${paperCss(widthMm, heightMm)}
.calibration { position: absolute; left: 0; top: 0; width: ${widthMm}mm; height: ${heightMm}mm; }
.calibration .legend { position: absolute; left: 25mm; top: 21mm; width: ${Math.floor(widthMm / 2) - 32}mm; font-size: 7.5pt; line-height: 1.35; background: rgba(255, 255, 255, 0.85); padding: 1mm; }
.calibration .legend .title { font-size: 10pt; font-weight: bold; margin-bottom: 0.8mm; }
`;
}
