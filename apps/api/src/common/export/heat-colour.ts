/**
 * A sequential single-hue scale (ColorBrewer "Blues"): lightness falls steadily with the value, so the order
 * survives greyscale printing; the number is printed in every cell, so colour is never the only signal.
 */
const STOPS: readonly [number, number, number][] = [
  [0xef, 0xf3, 0xff],
  [0xbd, 0xd7, 0xe7],
  [0x6b, 0xae, 0xd6],
  [0x31, 0x82, 0xbd],
  [0x08, 0x51, 0x9c],
];

const hex = (n: number) => Math.round(n).toString(16).padStart(2, '0');

/** "#rrggbb" for a value on 0–100. */
export function heatColour(value: number): string {
  const v = Math.min(100, Math.max(0, value)) / 25;
  const i = Math.min(STOPS.length - 2, Math.floor(v));
  const f = v - i;
  const [a, b] = [STOPS[i], STOPS[i + 1]] as [[number, number, number], [number, number, number]];
  return `#${hex(a[0] + (b[0] - a[0]) * f)}${hex(a[1] + (b[1] - a[1]) * f)}${hex(a[2] + (b[2] - a[2]) * f)}`;
}

/** White text on the dark half of the scale, black on the light half. */
export function heatTextColour(value: number): string {
  return value >= 60 ? '#ffffff' : '#000000';
}
