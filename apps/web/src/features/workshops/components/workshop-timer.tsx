import { useTranslation } from 'react-i18next';
import { useNow } from '../hooks/use-now';
import { formatClock, remainingSeconds } from '../utils/remaining-seconds';

export interface WorkshopTimerProps {
  endsAt: string | null;
  canControl: boolean;
  pending: boolean;
  onSet: (seconds: number | null) => void;
}

const PRESETS = [60, 120, 300];

/** A countdown everyone can see; the facilitator starts it with a preset or stops it. */
export function WorkshopTimer({ endsAt, canControl, pending, onSet }: WorkshopTimerProps) {
  const { t } = useTranslation();
  const now = useNow(endsAt !== null);
  const left = remainingSeconds(endsAt, now);
  return (
    <div className="console-timer">
      <p className="console-timer__clock">
        <span className="visually-hidden">{t('workshops.timer.label')}</span>
        {/* The ticking number is not announced every second; the end is (role=status below). */}
        <span aria-hidden={left !== null && left > 0 ? true : undefined}>
          {left === null ? t('workshops.timer.off') : formatClock(left)}
        </span>
      </p>
      <p role="status" className="visually-hidden">
        {left === 0 ? t('workshops.timer.done') : ''}
      </p>
      {canControl ? (
        <div className="console-timer__buttons">
          {PRESETS.map((s) => (
            <button
              key={s}
              type="button"
              className="button button--secondary"
              disabled={pending}
              onClick={() => onSet(s)}
            >
              {t('workshops.timer.start', { minutes: s / 60 })}
            </button>
          ))}
          {endsAt ? (
            <button type="button" className="button button--secondary" disabled={pending} onClick={() => onSet(null)}>
              {t('workshops.timer.stop')}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
