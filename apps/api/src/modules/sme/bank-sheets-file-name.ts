/** `attachment` header naming the file after the company and the date (ASCII fallback plus UTF-8 name). */
export function bankSheetsFileName(company: string, at: Date): string {
  const date = at.toISOString().slice(0, 10);
  const printable = [...company].filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f).join('');
  const safe = printable.replace(/[\\/:*?"<>|]/g, '').trim().slice(0, 80) || 'company';
  const name = `経営デザインシート_ロカベン_${safe}_${date}.xlsx`;
  return `attachment; filename="bank-sheets-${date}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
