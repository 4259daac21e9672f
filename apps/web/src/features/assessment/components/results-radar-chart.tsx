import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from 'recharts';

export interface RadarPoint {
  readonly action: string;
  readonly score: number;
  readonly target: number;
}

export interface ResultsRadarChartProps {
  readonly data: readonly RadarPoint[];
  readonly currentLabel: string;
  readonly targetLabel: string;
  readonly showTarget: boolean;
}

/** The GGL-action radar (current, and the target when one is set). Loaded on demand: recharts is the heaviest part of the app. */
export function ResultsRadarChart({ data, currentLabel, targetLabel, showTarget }: ResultsRadarChartProps) {
  return (
    <ResponsiveContainer width="100%" height={320}>
      <RadarChart data={[...data]} outerRadius="70%" accessibilityLayer={false}>
        <PolarGrid />
        <PolarAngleAxis dataKey="action" tick={{ fontSize: 11 }} />
        <PolarRadiusAxis domain={[0, 100]} tickCount={5} />
        <Radar
          name={currentLabel}
          dataKey="score"
          stroke="#1d4ed8"
          fill="#1d4ed8"
          fillOpacity={0.35}
          isAnimationActive={false}
        />
        {showTarget ? (
          <Radar
            name={targetLabel}
            dataKey="target"
            stroke="#b45309"
            strokeDasharray="6 3"
            fillOpacity={0}
            isAnimationActive={false}
          />
        ) : null}
        {showTarget ? <Legend /> : null}
      </RadarChart>
    </ResponsiveContainer>
  );
}
