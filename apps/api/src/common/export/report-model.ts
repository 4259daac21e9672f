/**
 * The one report model every export is built from. Services map their data into it; one renderer per format
 * (PDF, DOCX, XLSX, CSV) draws it. Plain data only (it crosses into a worker thread by structured clone).
 */
export type ReportLanguage = 'ja' | 'en';

/** A typed table cell: numbers stay numbers in XLSX and are formatted in the report's language elsewhere. */
export type ReportCell =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number; readonly decimals?: number; readonly unit?: string }
  /** A share between 0 and 1, shown as a percentage. */
  | { readonly kind: 'percent'; readonly value: number; readonly decimals?: number }
  /** An instant, shown as a date and time in Asia/Tokyo. */
  | { readonly kind: 'datetime'; readonly value: Date }
  | { readonly kind: 'empty'; readonly text?: string };

export interface ReportColumn {
  readonly label: string;
  /** Relative width (PDF, DOCX) and character width (XLSX). */
  readonly width?: number;
}

export interface TableBlock {
  readonly kind: 'table';
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly (readonly ReportCell[])[];
  /** Colour numeric cells from light to dark by value (0–100); the number is always printed as well. */
  readonly heat?: boolean;
}

export interface BarChartBlock {
  readonly kind: 'bar-chart';
  /** Values on a 0–max scale; `display` is printed beside the bar (the chart never relies on length alone). */
  readonly bars: readonly { readonly label: string; readonly value: number | null; readonly display: string }[];
  readonly max: number;
}

export interface TextRunModel {
  readonly text: string;
  /** `marker`: a placeholder still to be filled in (bold, highlighted). */
  readonly style?: 'marker' | 'strong';
}

export type ReportBlock =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: 'paragraph'; readonly runs: readonly TextRunModel[] }
  | { readonly kind: 'bullets'; readonly items: readonly string[] }
  | { readonly kind: 'note'; readonly text: string }
  | { readonly kind: 'code'; readonly heading: string; readonly lines: readonly string[] }
  | { readonly kind: 'page-break' }
  | TableBlock
  | BarChartBlock;

export interface Report {
  readonly language: ReportLanguage;
  readonly title: string;
  /** Right-aligned lines above the title (organization, date). */
  readonly header: readonly string[];
  readonly author: string;
  /** Every timestamp embedded in the files (PDF info, DOCX core properties, ZIP entries): fixed for reproducibility. */
  readonly createdAt: Date;
  readonly blocks: readonly ReportBlock[];
}

/** A table for CSV and XLSX: one sheet; CSV renders the first. */
export interface ReportSheet {
  readonly name: string;
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly (readonly ReportCell[])[];
}

export interface Workbook {
  readonly language: ReportLanguage;
  readonly createdAt: Date;
  readonly sheets: readonly ReportSheet[];
}

export const text = (value: string): ReportCell => ({ kind: 'text', text: value });
export const num = (value: number, decimals?: number, unit?: string): ReportCell => ({
  kind: 'number',
  value,
  decimals,
  unit,
});
export const empty = (shown = ''): ReportCell => ({ kind: 'empty', text: shown });
