import { formatNumber } from './components.js';

/*
 * The one chart of the portal: a server-drawn SVG bar chart that comes with its text equivalent.
 * It renders a section: the heading, a text summary (what a sighted reader gets from the chart),
 * the SVG — an image for assistive technologies, named by its title and by that summary — and the
 * same data as a table in a disclosure. No inline styles (the CSP forbids them): SVG attributes.
 * Columns suit a series over time (the first, middle and last bars are labelled); rows suit
 * named categories (steps, questions, APIs), each labelled.
 */

export interface Bar {
  label: string;
  value: number;
}

export interface TableData {
  head: string[];
  /** Cells; the first of each row is the row's header. Numbers are formatted the French way. */
  rows: (string | number)[][];
}

// DSFR colours (blue France, grey text and lines).
const BAR = '#000091';
const TEXT = '#3a3a3a';
const LINE = '#929292';
const WIDTH = 720;

/** Coordinates with one decimal: enough for the eye, and a lighter page. */
const r = (value: number) => Math.round(value * 10) / 10;

/** A round upper bound for the axis (1, 1.5, 2, 3, 4, 5, 6, 8 × 10^n). */
export function niceMax(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 1.5, 2, 3, 4, 5, 6, 8]) if (step * power >= value) return step * power;
  return 10 * power;
}

const show = (value: number, percent: boolean) => (percent ? `${Math.round(value * 100)} %` : formatNumber(value));

/**
 * A DSFR table with a caption, column headers and a header cell per row. Its container scrolls
 * when the table is wider than the screen: it is a named region reachable with the keyboard.
 */
export function DataTable({ caption, head, rows }: TableData & { caption: string }) {
  return (
    <div class="fr-table fr-table--sm">
      <div class="fr-table__wrapper">
        <div class="fr-table__container" role="region" aria-label={caption} tabIndex={0}>
          <div class="fr-table__content">
            <table>
              <caption>{caption}</caption>
              <thead>
                <tr>
                  {head.map((cell) => (
                    <th scope="col" key={cell}>
                      {cell}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row, index) => (
                  <tr key={index}>
                    {row.map((cell, column) =>
                      column === 0 ? (
                        <th scope="row" key={column}>
                          {cell}
                        </th>
                      ) : (
                        <td key={column}>{typeof cell === 'number' ? formatNumber(cell) : cell}</td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}

function Columns({ id, title, bars, percent }: { id: string; title: string; bars: Bar[]; percent: boolean }) {
  const HEIGHT = 220;
  const LEFT = 48;
  const RIGHT = 8;
  const TOP = 12;
  const BOTTOM = 28;
  const max = percent ? 1 : niceMax(Math.max(0, ...bars.map((bar) => bar.value)));
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const step = plotWidth / Math.max(bars.length, 1);
  const barWidth = Math.max(1, step * 0.8);
  const y = (value: number) => r(TOP + plotHeight - (value / max) * plotHeight);
  const ticks = [0, max / 2, max].filter((tick, index, all) => (percent || Number.isInteger(tick)) && all.indexOf(tick) === index);
  const labelled = [...new Set(bars.length > 1 ? [0, Math.floor((bars.length - 1) / 2), bars.length - 1] : [0])];
  const anchor = (index: number) => (bars.length < 2 ? 'middle' : index === 0 ? 'start' : index === bars.length - 1 ? 'end' : 'middle');
  return (
    <svg class="es-chart" role="img" aria-labelledby={`${id}-titre ${id}-resume`} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" focusable="false">
      <title id={`${id}-titre`}>{title}</title>
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} stroke={LINE} stroke-width={tick === 0 ? 1 : 0.5} />
          <text x={LEFT - 6} y={y(tick) + 4} text-anchor="end" font-size="12" fill={TEXT}>
            {show(tick, percent)}
          </text>
        </g>
      ))}
      {bars.map((bar, index) =>
        bar.value > 0 ? <rect key={index} x={r(LEFT + index * step + (step - barWidth) / 2)} y={y(bar.value)} width={r(barWidth)} height={r(TOP + plotHeight - y(bar.value))} fill={BAR} /> : null,
      )}
      {bars.length
        ? labelled.map((index) => (
            <text key={index} x={r(LEFT + index * step + step / 2)} y={HEIGHT - 8} text-anchor={anchor(index)} font-size="12" fill={TEXT}>
              {bars[index]!.label}
            </text>
          ))
        : null}
    </svg>
  );
}

function Rows({ id, title, bars, percent }: { id: string; title: string; bars: Bar[]; percent: boolean }) {
  const ROW = 28;
  const LABEL = 260;
  const RIGHT = 64;
  const height = Math.max(1, bars.length) * ROW + 8;
  const max = percent ? 1 : niceMax(Math.max(0, ...bars.map((bar) => bar.value)));
  const plot = WIDTH - LABEL - RIGHT;
  const shorten = (text: string) => (text.length > 38 ? `${text.slice(0, 37)}…` : text);
  return (
    <svg class="es-chart" role="img" aria-labelledby={`${id}-titre ${id}-resume`} viewBox={`0 0 ${WIDTH} ${height}`} width="100%" focusable="false">
      <title id={`${id}-titre`}>{title}</title>
      <line x1={LABEL} x2={LABEL} y1={0} y2={height} stroke={LINE} stroke-width={1} />
      {bars.map((bar, index) => {
        const width = r((Math.max(0, bar.value) / max) * plot);
        const top = 4 + index * ROW;
        return (
          <g key={index}>
            <text x={LABEL - 8} y={top + ROW / 2 + 4} text-anchor="end" font-size="12" fill={TEXT}>
              {shorten(bar.label)}
            </text>
            {width > 0 ? <rect x={LABEL} y={top + 4} width={width} height={ROW - 10} fill={BAR} /> : null}
            <text x={LABEL + width + 6} y={top + ROW / 2 + 4} font-size="12" fill={TEXT}>
              {show(bar.value, percent)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export interface BarChartProps {
  /** Prefix of the ids: `<id>-h2`, `<id>-titre` (the image's title), `<id>-resume` (the summary). */
  id: string;
  /** The section's heading, e.g. « Vues par jour ». */
  heading: string;
  /** 2 by default; 3 for charts grouped under a heading of their own. */
  headingLevel?: 2 | 3;
  /** The image's title: the heading made precise (period, session…). */
  title: string;
  /** The text equivalent of the chart: totals, peak, comparison. */
  summary: string;
  bars: Bar[];
  /** 'colonnes' (a series over time) or 'barres' (named categories, each labelled). */
  layout?: 'colonnes' | 'barres';
  /** Values are shares of 1, drawn and written as percentages. */
  percent?: boolean;
  /** The same data as a table (it may say more than the bars: several columns, exact values). */
  table: TableData;
  /** Caption of the data table; the heading by default. */
  caption?: string;
}

/** A chart section: heading, text summary, SVG (when there is something to draw), data table. */
export function BarChart(props: BarChartProps) {
  const { id, heading, headingLevel = 2, title, summary, bars, table, layout = 'colonnes', percent = false } = props;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Chart = layout === 'colonnes' ? Columns : Rows;
  return (
    <section class="fr-mb-4w" aria-labelledby={`${id}-h2`}>
      <Heading id={`${id}-h2`}>{heading}</Heading>
      <p id={`${id}-resume`}>{summary}</p>
      {bars.length ? <Chart id={id} title={title} bars={bars} percent={percent} /> : null}
      <details class="fr-mt-1w">
        <summary>Voir les données du graphique « {heading} »</summary>
        <DataTable caption={props.caption ?? heading} head={table.head} rows={table.rows} />
      </details>
    </section>
  );
}
