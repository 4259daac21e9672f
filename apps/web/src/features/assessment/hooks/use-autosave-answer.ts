import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { AnswerValue, AnswerView, AssessmentDetail } from '@ipgn/assessment';
import { isApiRequestError } from '../../../shared/api/api-request-error';
import type { RequestOptions } from '../../../shared/api/api-client';
import { useApiClient } from '../../../shared/api/use-api-client';
import { useFlushOnPageHide } from '../../../shared/hooks/use-flush-on-page-hide';
import { assessmentApi } from '../api/assessment-api';
import { assessmentQueryKeys } from '../api/assessment-query-keys';
import type { PersonRef } from '@ipgn/contracts';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error' | 'conflict';

export interface AnswerConflict {
  current: { value: AnswerValue | null; version: number; answeredBy: PersonRef | null; answeredAt: string | null };
  yours: AnswerValue | null;
}

export interface AutosaveAnswer {
  value: AnswerValue | null;
  status: SaveStatus;
  error: unknown;
  conflict: AnswerConflict | null;
  /** Records a change and saves it after `delayMs` of quiet (or at once). */
  change: (value: AnswerValue | null, options?: { immediate?: boolean }) => void;
  retry: () => void;
  /** Drops a change still waiting for its save (the field now holds something that must not be saved). */
  cancel: () => void;
  /** Overwrite the other value with mine, now knowing its version. */
  keepMine: () => void;
  /** Drop my value and show the other one. */
  takeTheirs: () => void;
}

export const AUTOSAVE_DELAY_MS = 600;

/**
 * Autosave of one answer with optimistic concurrency: every save names the version it last saw; a 409 from the
 * API turns into a conflict holding both values, resolved by the user.
 */
export function useAutosaveAnswer(
  orgId: string,
  assessmentId: string,
  questionId: string,
  saved: AnswerView | undefined,
  onValue: (value: AnswerValue | null) => void,
  delayMs = AUTOSAVE_DELAY_MS,
): AutosaveAnswer {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [value, setValue] = useState<AnswerValue | null>(saved?.value ?? null);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [error, setError] = useState<unknown>(null);
  const [conflict, setConflict] = useState<AnswerConflict | null>(null);
  const version = useRef(saved?.version ?? 0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const unsaved = useRef<{ value: AnswerValue | null } | null>(null);
  const save = useCallback(
    async (next: AnswerValue | null, options: RequestOptions = {}) => {
      unsaved.current = null;
      const detailKey = assessmentQueryKeys.detail(orgId, assessmentId);
      setStatus('saving');
      try {
        const answer = await assessmentApi.saveAnswer(
          client,
          orgId,
          assessmentId,
          questionId,
          next,
          version.current,
          options,
        );
        version.current = answer.version;
        setError(null);
        setStatus('saved');
        queryClient.setQueryData<AssessmentDetail>(detailKey, (old) =>
          old ? { ...old, answers: [...old.answers.filter((a) => a.questionId !== questionId), answer] } : old,
        );
        void queryClient.invalidateQueries({ queryKey: assessmentQueryKeys.results(orgId, assessmentId) });
        // Which answers need validation (and, in review, that a fixed answer waits again) is the API's to say:
        // read the round anew. Fields keep their own state, so the refresh never resets what is being typed.
        void queryClient.invalidateQueries({ queryKey: detailKey, exact: true });
      } catch (e) {
        if (isApiRequestError(e) && e.code === 'ANSWER_CONFLICT') {
          // The 409 names the conflict; the current answer comes from a fresh read of the round.
          const fresh = await assessmentApi.get(client, orgId, assessmentId);
          queryClient.setQueryData(detailKey, fresh);
          const current = fresh.answers.find((a) => a.questionId === questionId);
          setConflict({
            current: current
              ? {
                  value: current.value,
                  version: current.version,
                  answeredBy: current.answeredBy,
                  answeredAt: current.answeredAt,
                }
              : { value: null, version: 0, answeredBy: null, answeredAt: null },
            yours: next,
          });
          setStatus('conflict');
        } else {
          setError(e);
          setStatus('error');
        }
      }
    },
    [client, queryClient, orgId, assessmentId, questionId],
  );

  const change = useCallback(
    (next: AnswerValue | null, options: { immediate?: boolean } = {}) => {
      setValue(next);
      onValue(next);
      unsaved.current = { value: next };
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(next), options.immediate ? 0 : delayMs);
    },
    [delayMs, onValue, save],
  );

  // Leaving the page or the module must not lose a change that is still waiting for its save.
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      if (unsaved.current) void save(unsaved.current.value);
    },
    [save],
  );

  // The flush below can only leave synchronously with the CSRF token known: fetch it before the first change.
  useEffect(() => {
    void client.prepareKeepalive();
  }, [client]);

  // Reload or Back less than a debounce after typing: send the waiting change now, surviving the page.
  useFlushOnPageHide(() => {
    if (!unsaved.current) return;
    if (timer.current) clearTimeout(timer.current);
    void save(unsaved.current.value, { keepalive: true });
  });

  const keepMine = useCallback(() => {
    if (!conflict) return;
    version.current = conflict.current.version;
    setConflict(null);
    void save(conflict.yours);
  }, [conflict, save]);

  const takeTheirs = useCallback(() => {
    if (!conflict) return;
    version.current = conflict.current.version;
    setValue(conflict.current.value);
    onValue(conflict.current.value);
    setConflict(null);
    setStatus('saved');
  }, [conflict, onValue]);

  const retry = useCallback(() => void save(value), [save, value]);

  const cancel = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    unsaved.current = null;
  }, []);

  return { value, status, error, conflict, change, retry, cancel, keepMine, takeTheirs };
}
