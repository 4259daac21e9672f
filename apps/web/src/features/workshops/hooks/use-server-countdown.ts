import { useEffect, useState } from 'react';
import { useNow } from './use-now';

/**
 * Seconds left on the facilitator's countdown as the server counts them: the phone's own clock may be off, so
 * the difference to the server's clock (sent with every state) is applied. Null without a countdown.
 */
export function useServerCountdown(timerEndsAt: string | null, serverNow: string | null): number | null {
  const [offset, setOffset] = useState(0);
  useEffect(() => {
    if (serverNow) setOffset(new Date(serverNow).getTime() - Date.now());
  }, [serverNow]);
  const now = useNow(timerEndsAt !== null);
  if (!timerEndsAt) return null;
  return Math.max(0, Math.ceil((new Date(timerEndsAt).getTime() - (now + offset)) / 1000));
}
