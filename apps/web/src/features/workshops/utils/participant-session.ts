import type { JoinedView } from '@ipgn/contracts';

const KEY = 'ipgn.workshopParticipant';
const DEVICE_KEY = 'ipgn.workshopDevice';

export interface ParticipantSession {
  token: string;
  expiresAt: string;
  workshopId: string;
  title: string;
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage;
  } catch {
    return null;
  }
}

/**
 * The participant token lives in localStorage: a second tab and a re-scan of the QR code on the same device
 * continue as the same participant (never counted twice). The device key, kept beside it, lets the device
 * rejoin as the same participant when the token is gone (a reopened workshop, a new token).
 */
export const participantSession = {
  read(now: Date = new Date()): ParticipantSession | null {
    try {
      const raw = storage()?.getItem(KEY);
      if (!raw) return null;
      const session = JSON.parse(raw) as ParticipantSession;
      if (typeof session.token !== 'string' || new Date(session.expiresAt).getTime() <= now.getTime()) {
        storage()?.removeItem(KEY);
        return null;
      }
      return session;
    } catch {
      return null;
    }
  },
  save(joined: JoinedView): ParticipantSession {
    const session: ParticipantSession = {
      token: joined.participantToken,
      expiresAt: joined.expiresAt,
      workshopId: joined.workshop.id,
      title: joined.workshop.title,
    };
    storage()?.setItem(KEY, JSON.stringify(session));
    return session;
  },
  clear(): void {
    storage()?.removeItem(KEY);
  },
  /** This device's key (created once, kept): sent when joining so that rejoining finds the same participant. */
  deviceKey(): string {
    const existing = storage()?.getItem(DEVICE_KEY);
    if (existing && /^[A-Za-z0-9_-]{22,64}$/.test(existing)) return existing;
    const bytes = globalThis.crypto.getRandomValues(new Uint8Array(24));
    const key = btoa(String.fromCharCode(...bytes))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
    storage()?.setItem(DEVICE_KEY, key);
    return key;
  },
};
