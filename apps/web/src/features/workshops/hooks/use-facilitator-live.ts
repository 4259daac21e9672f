import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { workshopsApi } from '../api/workshops-api';
import { workshopQueryKeys } from '../api/workshop-query-keys';
import { eventSourceOpener } from '../utils/live-stream';
import { useLiveStream, type LiveStatus } from './use-live-stream';
import type { WorkshopLiveEvent, WorkshopStateView } from '@ipgn/contracts';
import type { WorkshopView } from '@ipgn/workshops';

const RESULTS_REFRESH_MS = 400;

export interface FacilitatorLive {
  status: LiveStatus;
  /** Respondents per question as the last answer events said (fresher than the results between refetches). */
  respondents: Record<string, number>;
}

/**
 * Follows a live workshop for the facilitator console: state changes patch the cached workshop, answer and
 * participant events update the counts at once and refresh the results (at most every 400 ms, so a burst of
 * answers costs one request); after a dropped connection everything is refetched.
 */
export function useFacilitatorLive(orgId: string, id: string, enabled: boolean): FacilitatorLive {
  const queryClient = useQueryClient();
  const [respondents, setRespondents] = useState<Record<string, number>>({});
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const refreshResults = useCallback(() => {
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      void queryClient.invalidateQueries({ queryKey: workshopQueryKeys.results(orgId, id) });
    }, RESULTS_REFRESH_MS);
  }, [queryClient, orgId, id]);

  const url = workshopsApi.eventsUrl(orgId, id);
  const open = useMemo(
    () => (enabled ? eventSourceOpener(url, ['state', 'answer', 'participants']) : null),
    [enabled, url],
  );

  const onMessage = useCallback(
    (type: string, data: unknown) => {
      const event = { ...(data as object), type } as WorkshopLiveEvent;
      const key = workshopQueryKeys.detail(orgId, id);
      if (event.type === 'state') {
        const state: WorkshopStateView = event;
        queryClient.setQueryData<WorkshopView>(key, (old) =>
          old
            ? {
                ...old,
                status: state.status,
                currentQuestionIndex: state.currentQuestionIndex,
                resultsVisible: state.resultsVisible,
                lockedQuestionIds: state.lockedQuestionIds,
                timerEndsAt: state.timerEndsAt,
              }
            : old,
        );
        // A lock or the countdown's end may have published a question's figures.
        void queryClient.invalidateQueries({ queryKey: key, exact: true });
        refreshResults();
      } else if (event.type === 'answer') {
        setRespondents((prev) => ({ ...prev, [event.questionId]: event.respondents }));
        refreshResults();
      } else if (event.type === 'participants') {
        // The per-department counts come with the workshop itself.
        void queryClient.invalidateQueries({ queryKey: key, exact: true });
      }
    },
    [queryClient, orgId, id, refreshResults],
  );

  const onReconnect = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: workshopQueryKeys.detail(orgId, id) });
  }, [queryClient, orgId, id]);

  const status = useLiveStream({ open, streamKey: enabled ? url : '', onMessage, onReconnect });
  return { status, respondents };
}
