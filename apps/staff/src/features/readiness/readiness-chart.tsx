import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { ReadinessNumbers } from './readiness-numbers';

export interface ChartColumn {
  label: string;
  numbers: ReadinessNumbers;
}

// Linked in the strong shade, not linked in the pale one of the same hue; sign-ins stand apart in orange.
// The key order is the legend's order too.
const colours = {
  studentsLinked: '#0d4cd3',
  studentsNotLinked: '#b9cbf4',
  parentsLinked: '#1b7a3b',
  parentsNotLinked: '#b7e0c4',
  recentEsia: '#d97a00',
} as const;

const seriesOrder = Object.keys(colours);

const maxLabelLength = 18;
const shortLabel = (label: string) => (label.length > maxLabelLength ? `${label.slice(0, maxLabelLength - 1)}…` : label);

/**
 * Per column (a class or an organisation): students and parents, each a stack of linked and
 * not linked, beside the ESIA sign-ins of the last 30 days. The table under it holds the same
 * numbers, so the chart is an overview, not the only way to read them.
 */
export function ReadinessChart({ caption, columns }: { caption: string; columns: readonly ChartColumn[] }) {
  const { t } = useTranslation();
  const captionId = useId();
  const data = columns.map(({ label, numbers }) => ({
    label,
    studentsLinked: numbers.studentsLinked,
    studentsNotLinked: Math.max(0, numbers.students - numbers.studentsLinked),
    parentsLinked: numbers.parentsLinked,
    parentsNotLinked: Math.max(0, numbers.parents - numbers.parentsLinked),
    recentEsia: numbers.studentsRecentEsia + numbers.parentsRecentEsia,
  }));
  // Long names (organisations) or many columns do not fit level under the bars.
  const slanted = columns.length > 8 || columns.some((column) => column.label.length > 10);
  const bar = (key: keyof typeof colours, stackId?: string) => (
    <Bar dataKey={key} name={t(`readiness.series.${key}`)} fill={colours[key]} stackId={stackId} isAnimationActive={false} />
  );

  return (
    <figure className="readiness-chart" aria-labelledby={captionId}>
      <figcaption id={captionId}>{caption}</figcaption>
      <BarChart
        responsive
        style={{ width: '100%', height: slanted ? 400 : 340 }}
        margin={{ top: 5, right: 5, bottom: 5, left: slanted ? 40 : 5 }}
        data={data}
        title={caption}
        desc={t('readiness.chartDescription')}
      >
        <CartesianGrid vertical={false} strokeDasharray="3 3" />
        <XAxis
          dataKey="label"
          interval={0}
          tickFormatter={shortLabel}
          angle={slanted ? -30 : 0}
          textAnchor={slanted ? 'end' : 'middle'}
          height={slanted ? 90 : 30}
        />
        <YAxis allowDecimals={false} />
        <Tooltip />
        {/* Above the bars: slanted names below would run into it. Text in the page's colour: the pale shades are hard to read. */}
        <Legend
          verticalAlign="top"
          itemSorter={(item) => seriesOrder.indexOf(String(item.dataKey))}
          formatter={(value) => <span className="chart-legend-text">{value}</span>}
        />
        {bar('studentsLinked', 'students')}
        {bar('studentsNotLinked', 'students')}
        {bar('parentsLinked', 'parents')}
        {bar('parentsNotLinked', 'parents')}
        {bar('recentEsia')}
      </BarChart>
    </figure>
  );
}
