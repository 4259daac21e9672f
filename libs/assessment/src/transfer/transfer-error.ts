/** Why a whole file was refused (the API answers 400/422 with this code and writes nothing). */
export type TransferErrorCode =
  | 'not-an-object'
  | 'wrong-format'
  | 'unsupported-format-version'
  | 'unknown-bank-version'
  | 'newer-bank-version'
  | 'wrong-track'
  | 'invalid-field'
  | 'broken-cell';

export interface TransferError {
  readonly code: TransferErrorCode;
  /** The field, or `sheet!cell` for XLSX, where the problem is. */
  readonly at?: string;
}
