/** Date and time in the UI language, e.g. 2026/11/25 14:03 or Nov 25, 2026, 2:03 PM. */
export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-US' : 'ja-JP', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}
