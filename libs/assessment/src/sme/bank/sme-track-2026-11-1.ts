/**
 * The SME track as bank 2026.11-1 asked it: the shared core in plain language plus module m10. Kept so that
 * rounds answered on that version stay readable and scorable after the SME track was rewritten (2026.12-1).
 */
export const SME_TRACK_2026_11_1: readonly string[] = [
  'm0.revenue', 'm0.operating-margin', 'm0.rd-expense', 'm0.book-equity', 'm0.employees',
  'm1.asset-types', 'm1.patents-held', 'm1.inventory', 'm1.earnings-link', 'm1.top-three', 'm1.protection-status',
  'm2.competitor-comparison', 'm2.freedom-to-operate', 'm2.trend-watch',
  'm3.to-be', 'm3.to-be-description', 'm3.strategy-integration',
  'm4.causal-path', 'm4.advantage-type', 'm4.value-story', 'm4.secret-management',
  'm5.asset-view', 'm5.kpi-type', 'm6.executive-owner', 'm6.cross-functional', 'm8.lender-dialogue',
  'm9.management-view', 'm9.shared-vocabulary',
  'm10.why-customers-choose', 'm10.strengths-written', 'm10.trademark-registration', 'm10.confidentiality-rules',
  'm10.invention-ownership', 'm10.expert-access', 'm10.bank-tools', 'm10.fundraising', 'm10.ip-for-valuation',
  'm10.support-programmes',
];
