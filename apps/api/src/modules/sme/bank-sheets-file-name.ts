/** `attachment` header naming the file after the company and the date (ASCII fallback plus UTF-8 name). */
export function bankSheetsFileName(company: string, at: Date): string {
  const date = at.toISOString().slice(0, 10);
  const safe = company.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '').trim().slice(0, 80) || 'company';
  const name = `経営デザインシート_ロカベン_${safe}_${date}.xlsx`;
  return `attachment; filename="bank-sheets-${date}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
