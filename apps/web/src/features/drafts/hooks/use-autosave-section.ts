import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { isApiRequestError } from '../../../shared/api/api-request-error';
import type { RequestOptions } from '../../../shared/api/api-client';
import { useApiClient } from '../../../shared/api/use-api-client';
import { useFlushOnPageHide } from '../../../shared/hooks/use-flush-on-page-hide';
import { draftQueryKeys } from '../api/draft-query-keys';
import { draftsApi } from '../api/drafts-api';
import type { DraftDetail } from '@ipgn/drafting';

export type SectionSaveStatus = 'idle' | 'saving' | 'saved' | 'error' | 'conflict';

export interface AutosaveSection {
  status: SectionSaveStatus;
  error: unknown;
  /** Records the new text and saves it after `delayMs` of quiet. */
  change: (text: string) => void;
  /** Saves what is waiting now (e.g. on leaving the field). */
  flush: () => void;
  /** Drops a change still waiting (the text now must not be sent, e.g. over the limit). */
  cancel: () => void;
  retry: () => void;
}

export const SECTION_AUTOSAVE_DELAY_MS = 1000;

/**
 * Debounced autosave of one section: every PUT names the draft version the editor last saw (`expectedVersion`).
 * A 409 (someone else saved, or the draft is locked in review) stops saving until the user reloads.
 */
export function useAutosaveSection(
  orgId: string,
  draftId: string,
  sectionId: string,
  version: number,
  delayMs = SECTION_AUTOSAVE_DELAY_MS,
): AutosaveSection {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<SectionSaveStatus>('idle');
  const [error, setError] = useState<unknown>(null);
  const versionRef = useRef(version);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<string | null>(null);
  const last = useRef<string | null>(null);
  const blocked = useRef(false);

  useEffect(() => {
    versionRef.current = Math.max(versionRef.current, version);
  }, [version]);

  const save = useCallback(
    async (text: string, options: RequestOptions = {}) => {
      if (blocked.current) return;
      pending.current = null;
      last.current = text;
      setStatus('saving');
      try {
        const detail = await draftsApi.saveSection(
          client,
          orgId,
          draftId,
          sectionId,
          text,
          versionRef.current,
          options,
        );
        versionRef.current = detail.currentVersion;
        queryClient.setQueryData<DraftDetail>(draftQueryKeys.one(orgId, draftId), detail);
        void queryClient.invalidateQueries({ queryKey: draftQueryKeys.list(orgId), exact: true });
        setError(null);
        setStatus('saved');
      } catch (e) {
        setError(e);
        if (isApiRequestError(e) && e.statusCode === 409) {
          blocked.current = true;
          setStatus('conflict');
        } else setStatus('error');
      }
    },
    [client, queryClient, orgId, draftId, sectionId],
  );

  const change = useCallback(
    (text: string) => {
      pending.current = text;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(text), delayMs);
    },
    [delayMs, save],
  );

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    if (pending.current !== null) void save(pending.current);
  }, [save]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      if (pending.current !== null) void save(pending.current);
    },
    [save],
  );

  // The flush below can only leave synchronously with the CSRF token known: fetch it before the first change.
  useEffect(() => {
    void client.prepareKeepalive();
  }, [client]);

  // Reload or Back less than a debounce after typing: send the waiting text now, surviving the page.
  useFlushOnPageHide(() => {
    if (pending.current === null) return;
    if (timer.current) clearTimeout(timer.current);
    void save(pending.current, { keepalive: true });
  });

  const retry = useCallback(() => {
    if (last.current !== null) void save(last.current);
  }, [save]);

  const cancel = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    pending.current = null;
  }, []);

  return { status, error, change, flush, cancel, retry };
}
