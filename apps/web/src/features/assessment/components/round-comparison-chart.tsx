import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface ComparisonBar {
  readonly name: string;
  readonly before: number;
  readonly after: number;
}

export interface RoundComparisonChartProps {
  readonly data: readonly ComparisonBar[];
  readonly beforeLabel: string;
  readonly afterLabel: string;
}

/** Before/after bars per GGL action for two rounds. Loaded on demand with recharts. */
export function RoundComparisonChart({ data, beforeLabel, afterLabel }: RoundComparisonChartProps) {
  return (
    <ResponsiveContainer width="100%" height={260}>
      <BarChart data={[...data]} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="name" />
        <YAxis domain={[0, 100]} />
        <Tooltip />
        <Legend />
        <Bar dataKey="before" name={beforeLabel} fill="#94a3b8" isAnimationActive={false} />
        <Bar dataKey="after" name={afterLabel} fill="#1d4ed8" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
