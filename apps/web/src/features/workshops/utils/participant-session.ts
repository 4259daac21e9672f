import type { JoinedView } from '../api/workshop-api-types';

const KEY = 'ipgn.workshopParticipant';

export interface ParticipantSession {
  token: string;
  expiresAt: string;
  workshopId: string;
  title: string;
}

/**
 * The participant token lives in sessionStorage: it survives a reload of the answering screen but not the
 * closing of the tab, and it is never shared with another tab or site.
 */
export const participantSession = {
  read(now: Date = new Date()): ParticipantSession | null {
    try {
      const raw = globalThis.sessionStorage.getItem(KEY);
      if (!raw) return null;
      const session = JSON.parse(raw) as ParticipantSession;
      if (typeof session.token !== 'string' || new Date(session.expiresAt).getTime() <= now.getTime()) {
        globalThis.sessionStorage.removeItem(KEY);
        return null;
      }
      return session;
    } catch {
      return null;
    }
  },
  save(joined: JoinedView): ParticipantSession {
    const session: ParticipantSession = { token: joined.participantToken, expiresAt: joined.expiresAt, workshopId: joined.workshop.id, title: joined.workshop.title };
    globalThis.sessionStorage.setItem(KEY, JSON.stringify(session));
    return session;
  },
  clear(): void {
    globalThis.sessionStorage.removeItem(KEY);
  },
};
