// The workshop vocabularies live once in @ipgn/contracts (shared with the web app).
export { WORKSHOP_ANONYMITY, WORKSHOP_DEPARTMENTS, WORKSHOP_STATUSES } from '@ipgn/contracts';
export type { WorkshopAnonymity, WorkshopDepartment, WorkshopStatus } from '@ipgn/contracts';
