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

    const connect = () => {
      close = start({
        onOpen: () => {
          if (everOpened) handlers.current.onReconnect();
          everOpened = true;
          attempt = 0;
          setStatus('live');
        },
        onMessage: (type, data) => handlers.current.onMessage(type, data),
        onClosed: (fatal) => {
          if (stopped) return;
          if (fatal) {
            setStatus('stopped');
            return;
          }
          setStatus('reconnecting');
          const delay = BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length - 1)];
          attempt += 1;
          timer = setTimeout(connect, delay);
        },
      });
    };
    setStatus('connecting');
    connect();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      close?.();
    };
  }, [enabled, streamKey]);

  return status;
}
