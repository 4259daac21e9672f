import { useState } from 'react';
import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from 'recharts';

export interface RadarPoint {
  /** The action's number ("1" … "7"): the table under the chart lists the same numbers with the full names. */
  readonly id: string;
  readonly label: string;
  readonly score: number;
  readonly target: number;
}

export interface ResultsRadarChartProps {
  readonly data: readonly RadarPoint[];
  readonly currentLabel: string;
  readonly targetLabel: string;
  readonly showTarget: boolean;
}

/** Below this chart width (phones) the axes carry only the action numbers: seven full names cannot fit around it. */
const COMPACT_BELOW_PX = 560;
/** From this width a label keeps up to 24 characters on a line (below, 14). */
const WIDE_FROM_PX = 900;
const LINE_HEIGHT_PX = 13;

/** The GGL-action radar (current, and the target when one is set). Loaded on demand: recharts is the heaviest part of the app. */
export function ResultsRadarChart({ data, currentLabel, targetLabel, showTarget }: ResultsRadarChartProps) {
  const [width, setWidth] = useState<number | null>(null);
  const compact = width !== null && width < COMPACT_BELOW_PX;
  const labels = new Map(data.map((d) => [d.id, d.label]));
  return (
    <ResponsiveContainer width="100%" height={320} onResize={(w) => setWidth(w)}>
      <RadarChart
        data={[...data]}
        outerRadius={compact ? '78%' : '70%'}
        margin={{ top: 12, right: 12, bottom: 12, left: 12 }}
        accessibilityLayer={false}
      >
        <PolarGrid />
        <PolarAngleAxis
          dataKey="id"
          tick={(props: AxisTickProps) => (
            <AxisTick
              {...props}
              label={labels.get(String(props.payload.value)) ?? ''}
              compact={compact}
              maxChars={width !== null && width >= WIDE_FROM_PX ? 24 : 14}
            />
          )}
        />
        <PolarRadiusAxis domain={[0, 100]} tickCount={5} angle={90} tick={{ fontSize: 10 }} />
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

interface AxisTickProps {
  readonly x: number | string;
  readonly y: number | string;
  readonly textAnchor: 'start' | 'middle' | 'end' | 'inherit';
  readonly payload: { readonly value: unknown; readonly coordinate: number };
}

/**
 * One axis label: on phones just the number (the full name as the SVG title, i.e. the hover tooltip); wider, the
 * numbered name in lines of at most `maxChars` characters, moved up when it sits above the chart's centre.
 */
function AxisTick({
  x,
  y,
  textAnchor,
  payload,
  label,
  compact,
  maxChars,
}: AxisTickProps & { label: string; compact: boolean; maxChars: number }) {
  const id = String(payload.value);
  const full = `${id}. ${label}`;
  const lines = compact ? [id] : wrap(full, maxChars);
  const sin = Math.sin((payload.coordinate * Math.PI) / 180);
  // In lines from the tick's end: above the centre the block grows upwards, beside it it is centred, below it grows
  // downwards (half a line off the end, so that it clears the grid).
  const shift = sin > 0.3 ? lines.length - 0.5 : sin < -0.3 ? -0.5 : (lines.length - 1) / 2;
  return (
    <text
      x={x}
      y={y}
      textAnchor={textAnchor}
      dominantBaseline="central"
      fontSize={compact ? 13 : 11}
      fontWeight={compact ? 600 : undefined}
      fill="#334155"
    >
      <title>{full}</title>
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? -shift * LINE_HEIGHT_PX : LINE_HEIGHT_PX}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * Lines of at most `max` characters: at spaces for English; Japanese (no spaces) in lines of equal length, so that
 * "7. 投資家等との対話による戦略の磨き上げ" becomes two halves rather than a full line and a stub.
 */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  if (text.includes(' ') && !/[\u3000-\u9fff]/.test(text)) {
    let line = '';
    for (const word of text.split(' ')) {
      if (line && line.length + 1 + word.length > max) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) lines.push(line);
    return lines;
  }
  const size = Math.ceil(text.length / Math.ceil(text.length / max));
  for (let i = 0; i < text.length; i += size) lines.push(text.slice(i, i + size));
  return lines;
}
