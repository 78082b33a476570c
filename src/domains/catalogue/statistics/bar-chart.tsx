import { formatNumber } from '../../../platform/html/components.js';
import { shortFrenchDay, type Day } from './period.js';

const WIDTH = 720;
const HEIGHT = 220;
const LEFT = 48;
const RIGHT = 8;
const TOP = 12;
const BOTTOM = 28;
// DSFR colours (blue France, grey text and lines), as SVG presentation attributes: the CSP forbids inline styles.
const BAR = '#000091';
const TEXT = '#3a3a3a';
const LINE = '#929292';

/** A round upper bound for the axis (1, 1.5, 2, 3, 4, 5, 6, 8 × 10^n). */
function niceMax(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 1.5, 2, 3, 4, 5, 6, 8]) if (step * power >= value) return step * power;
  return 10 * power;
}

/** Coordinates with one decimal: enough for the eye, and a lighter page. */
const r = (value: number) => Math.round(value * 10) / 10;


/**
 * A server-drawn bar chart of one figure by day. It is an image for assistive technologies,
 * labelled by its title and by the text summary the page puts in `#<id>-resume`; the page gives
 * the same data as a table.
 */
export function BarChart({ id, title, points }: { id: string; title: string; points: { day: Day; value: number }[] }) {
  const max = niceMax(Math.max(0, ...points.map((point) => point.value)));
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const step = plotWidth / Math.max(points.length, 1);
  const barWidth = Math.max(1, step * 0.8);
  const y = (value: number) => r(TOP + plotHeight - (value / max) * plotHeight);
  const ticks = [0, max / 2, max].filter((tick, index, all) => Number.isInteger(tick) && all.indexOf(tick) === index);
  const labelled = points.length > 1 ? [0, Math.floor((points.length - 1) / 2), points.length - 1] : [0];
  return (
    <svg class="es-chart" role="img" aria-labelledby={`${id}-titre ${id}-resume`} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" focusable="false">
      <title id={`${id}-titre`}>{title}</title>
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} stroke={LINE} stroke-width={tick === 0 ? 1 : 0.5} />
          <text x={LEFT - 6} y={y(tick) + 4} text-anchor="end" font-size="12" fill={TEXT}>
            {formatNumber(tick)}
          </text>
        </g>
      ))}
      {points.map((point, index) =>
        point.value > 0 ? (
          <rect key={point.day} x={r(LEFT + index * step + (step - barWidth) / 2)} y={y(point.value)} width={r(barWidth)} height={r(TOP + plotHeight - y(point.value))} fill={BAR} />
        ) : null,
      )}
      {[...new Set(labelled)].map((index) => (
        <text key={index} x={r(LEFT + index * step + step / 2)} y={HEIGHT - 8} text-anchor={index === 0 && points.length > 1 ? 'start' : index === points.length - 1 && points.length > 1 ? 'end' : 'middle'} font-size="12" fill={TEXT}>
          {shortFrenchDay(points[index]!.day)}
        </text>
      ))}
    </svg>
  );
}
