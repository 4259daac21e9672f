import type { Draft, SlotRun } from '../model/draft';

/** Every slot the drafts have had (by id, first seen wins), so that an edit can keep or restore one but never invent one. */
export function slotsOf(...drafts: readonly Draft[]): Map<string, SlotRun> {
  const slots = new Map<string, SlotRun>();
  for (const draft of drafts) {
    for (const section of draft.sections) {
      for (const p of section.paragraphs)
        for (const r of p.runs) if (r.kind === 'slot' && !slots.has(r.slotId)) slots.set(r.slotId, r);
    }
  }
  return slots;
}
