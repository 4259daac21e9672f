import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/use-api-client';
import { publicDisclosuresApi } from '../api/public-disclosures-api';
import { publicQueryKeys } from '../api/public-query-keys';

/** Follow (true) or stop following (false) a company; the investor's updates are read again afterwards. */
export function useFollowCompany(slug: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (follow: boolean) =>
      follow ? publicDisclosuresApi.follow(client, slug) : publicDisclosuresApi.unfollow(client, slug),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: publicQueryKeys.updates }),
  });
}
