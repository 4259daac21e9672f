import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { participantApi } from '../api/participant-api';
import type { WorkshopDepartment } from '../api/workshop-api-types';
import { participantSession } from '../utils/participant-session';

export function useJoinWorkshop() {
  const { i18n } = useTranslation();
  return useMutation({
    mutationFn: (input: { code: string; department: WorkshopDepartment; displayName?: string }) => participantApi.join({ locale: currentLocale(i18n) }, input),
    onSuccess: (joined) => participantSession.save(joined),
  });
}
