import { LocalizedText } from '../../i18n/localized-text';

/** One row of a bank sheet: what is asked, the owner's answer, and where it came from. */
export interface BankSheetRow {
  readonly item: LocalizedText;
  /** The owner's answer in words (free text or the label of the option chosen); null when not answered. */
  readonly answer: LocalizedText | null;
  /** Ladder level 0–4 when the question is a ladder, so the cell can be a number. */
  readonly level: number | null;
  readonly questionId: string | null;
}

export interface BankSheetSection {
  readonly heading: LocalizedText;
  readonly rows: readonly BankSheetRow[];
}

export interface BankSheet {
  readonly id: 'management-design-sheet' | 'locaben-non-financial';
  readonly title: LocalizedText;
  readonly note: LocalizedText;
  readonly sections: readonly BankSheetSection[];
}

export interface BankSheetsCompany {
  readonly name: string;
  readonly prefecture: LocalizedText | null;
  readonly employeeCount: number | null;
}

/** The SME answers laid out as the two sheets SMEs and their banks already share. */
export interface BankSheets {
  readonly company: BankSheetsCompany;
  readonly sheets: readonly [BankSheet, BankSheet];
}
