/** The departments a workshop participant can belong to (REFERENCE §5.1–5.2: management, IP, R&D, business, planning, IR…). */
export const WORKSHOP_DEPARTMENTS = ['executive', 'ip', 'rnd', 'business', 'planning', 'ir_finance', 'legal', 'other'] as const;
export type WorkshopDepartment = (typeof WORKSHOP_DEPARTMENTS)[number];

export const WORKSHOP_ANONYMITY = ['named', 'anonymous'] as const;
export type WorkshopAnonymity = (typeof WORKSHOP_ANONYMITY)[number];

export const WORKSHOP_STATUSES = ['draft', 'live', 'closed'] as const;
export type WorkshopStatus = (typeof WORKSHOP_STATUSES)[number];
