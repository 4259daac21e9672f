import { useEffect, useRef, useState } from 'react';
import type { LiveStreamOpener } from '../utils/live-stream';

export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'stopped';

export interface UseLiveStreamOptions {
  /** Null: no stream (e.g. the user may not follow it, or the workshop is not live). Changing it reconnects. */
  open: LiveStreamOpener | null;
  /** A stable identity for `open` (the URL, the token…): the stream is reopened only when it changes. */
  streamKey: string;
  onMessage: (type: string, data: unknown) => void;
  /** Called when a connection opens again after a drop: refetch what may have been missed meanwhile. */
  onReconnect: () => void;
}

const BACKOFF_MS = [1000, 2000, 4000, 8000, 15000];
/**
 * The server pings every 10 s; hearing nothing (no ping, no event) for this long means the line is dead even if
 * the connection looks open (a silently dropped Wi-Fi): the stream is closed and opened again.
 */
export const LIVENESS_TIMEOUT_MS = 25_000;

/** Keeps a live stream open: reconnects with backoff after every drop, without reloading the page. */
export function useLiveStream({ open, streamKey, onMessage, onReconnect }: UseLiveStreamOptions): LiveStatus {
  const [status, setStatus] = useState<LiveStatus>(open ? 'connecting' : 'stopped');
  const handlers = useRef({ onMessage, onReconnect });
  handlers.current = { onMessage, onReconnect };
  const opener = useRef(open);
  opener.current = open;
  const enabled = open !== null;

  useEffect(() => {
    const start = opener.current;
    if (!enabled || !start) {
      setStatus('stopped');
      return;
    }
    let attempt = 0;
    let everOpened = false;
    let stopped = false;
    let close: (() => void) | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let watchdog: ReturnType<typeof setTimeout> | null = null;

    const retry = () => {
      setStatus('reconnecting');
      const delay = BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length - 1)];
      attempt += 1;
      timer = setTimeout(connect, delay);
    };
    const heard = () => {
      if (watchdog) clearTimeout(watchdog);
      watchdog = setTimeout(() => {
        // Silence: the line is dead. Close this connection (its onClosed is ignored) and open a new one.
        const dead = close;
        close = null;
        dead?.();
        if (!stopped) retry();
      }, LIVENESS_TIMEOUT_MS);
    };

    const connect = () => {
      let current = true;
      const closeThis = start({
        onOpen: () => {
          if (!current) return;
          if (everOpened) handlers.current.onReconnect();
          everOpened = true;
          attempt = 0;
          setStatus('live');
          heard();
        },
        onMessage: (type, data) => {
          if (!current) return;
          heard();
          handlers.current.onMessage(type, data);
        },
        onClosed: (fatal) => {
          if (stopped || !current) return;
          current = false;
          if (watchdog) clearTimeout(watchdog);
          if (fatal) {
            setStatus('stopped');
            return;
          }
          retry();
        },
      });
      close = () => {
        current = false;
        closeThis();
      };
    };
    setStatus('connecting');
    connect();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (watchdog) clearTimeout(watchdog);
      close?.();
    };
  }, [enabled, streamKey]);

  return status;
}
