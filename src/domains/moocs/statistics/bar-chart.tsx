import { formatNumber } from '../../../platform/html/components.js';

/*
 * Server-drawn SVG bar charts, after src/domains/catalogue/statistics/bar-chart.tsx, whose bars are
 * days only: these take any labels (weeks, steps of a funnel, questions). Each is an image for
 * assistive technologies, labelled by its title and by the text summary the page puts in
 * `#<id>-resume`; the page gives the same data as a table. No inline styles (CSP): SVG attributes.
 */
const BAR = '#000091';
const TEXT = '#3a3a3a';
const LINE = '#929292';

const r = (value: number) => Math.round(value * 10) / 10;

/** A round upper bound for the axis (1, 1.5, 2, 3, 4, 5, 6, 8 × 10^n). */
function niceMax(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 1.5, 2, 3, 4, 5, 6, 8]) if (step * power >= value) return step * power;
  return 10 * power;
}

export interface Bar {
  label: string;
  value: number;
}

/** Vertical bars (a series over time); the first, middle and last bars are labelled. */
export function ColumnChart({ id, title, bars }: { id: string; title: string; bars: Bar[] }) {
  const WIDTH = 720;
  const HEIGHT = 220;
  const LEFT = 48;
  const RIGHT = 8;
  const TOP = 12;
  const BOTTOM = 28;
  const max = niceMax(Math.max(0, ...bars.map((bar) => bar.value)));
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const step = plotWidth / Math.max(bars.length, 1);
  const barWidth = Math.max(1, step * 0.8);
  const y = (value: number) => r(TOP + plotHeight - (value / max) * plotHeight);
  const ticks = [0, max / 2, max].filter((tick, index, all) => Number.isInteger(tick) && all.indexOf(tick) === index);
  const labelled = [...new Set(bars.length > 1 ? [0, Math.floor((bars.length - 1) / 2), bars.length - 1] : [0])];
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
      {bars.map((bar, index) =>
        bar.value > 0 ? <rect key={index} x={r(LEFT + index * step + (step - barWidth) / 2)} y={y(bar.value)} width={r(barWidth)} height={r(TOP + plotHeight - y(bar.value))} fill={BAR} /> : null,
      )}
      {bars.length
        ? labelled.map((index) => (
            <text
              key={index}
              x={r(LEFT + index * step + step / 2)}
              y={HEIGHT - 8}
              text-anchor={index === 0 && bars.length > 1 ? 'start' : index === bars.length - 1 && bars.length > 1 ? 'end' : 'middle'}
              font-size="12"
              fill={TEXT}
            >
              {bars[index]!.label}
            </text>
          ))
        : null}
    </svg>
  );
}

/** Horizontal bars (steps, questions), each labelled; `percent` draws values as shares of 1. */
export function HorizontalBarChart({ id, title, bars, percent = false }: { id: string; title: string; bars: Bar[]; percent?: boolean }) {
  const WIDTH = 720;
  const ROW = 28;
  const LABEL = 260;
  const RIGHT = 64;
  const height = Math.max(1, bars.length) * ROW + 8;
  const max = percent ? 1 : niceMax(Math.max(0, ...bars.map((bar) => bar.value)));
  const plot = WIDTH - LABEL - RIGHT;
  const shorten = (text: string) => (text.length > 38 ? `${text.slice(0, 37)}…` : text);
  const show = (value: number) => (percent ? `${Math.round(value * 100)} %` : formatNumber(value));
  return (
    <svg class="es-chart" role="img" aria-labelledby={`${id}-titre ${id}-resume`} viewBox={`0 0 ${WIDTH} ${height}`} width="100%" focusable="false">
      <title id={`${id}-titre`}>{title}</title>
      <line x1={LABEL} x2={LABEL} y1={0} y2={height} stroke={LINE} stroke-width={1} />
      {bars.map((bar, index) => {
        const width = r((bar.value / max) * plot);
        const top = 4 + index * ROW;
        return (
          <g key={index}>
            <text x={LABEL - 8} y={top + ROW / 2 + 4} text-anchor="end" font-size="12" fill={TEXT}>
              {shorten(bar.label)}
            </text>
            {width > 0 ? <rect x={LABEL} y={top + 4} width={width} height={ROW - 10} fill={BAR} /> : null}
            <text x={LABEL + width + 6} y={top + ROW / 2 + 4} font-size="12" fill={TEXT}>
              {show(bar.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
