import { useQuery } from '@tanstack/react-query';
import { workshopQueryKeys } from '../api/workshop-query-keys';

/**
 * The question lookup of the facilitator's screens. It reads the question bank bundled with the app, which is
 * about 47 kB gzip: loaded on demand beside the workshop's data instead of before the page (first-load budget,
 * issue 15), once per visit.
 */
export function useWorkshopQuestions() {
  return useQuery({
    queryKey: workshopQueryKeys.questionLookup(),
    // Wrapped in an object: the query cache keeps data, and a function stored bare would be mistaken for an updater.
    queryFn: async () => ({ find: (await import('../utils/workshop-question')).workshopQuestion }),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
