import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NotificationView } from '@ipgn/contracts';
import { useMarkNotificationsRead, useNotifications } from '../hooks/use-notifications';
import '../notifications.css';
import { formatDateTime } from '../../../shared/i18n/format';

/**
 * The bell in the header: the unread count on the button, the list in a panel under it. Opening an item marks it
 * read and goes to the draft (or to the investor questions).
 */
export function NotificationBell({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const notifications = useNotifications(orgId);
  const markRead = useMarkNotificationsRead(orgId);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    panelRef.current?.focus();
    // Escape anywhere closes the panel and returns to the bell.
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
  const unread = notifications.data?.unread ?? 0;
  // The count as the bell shows it; the button's name carries the same text, so what is seen is what is said.
  const shown = unread > 99 ? '99+' : String(unread);
  const items = notifications.data?.items ?? [];
  const link = (n: NotificationView) => (n.draftId ? `/o/${orgId}/drafts/${n.draftId}` : `/o/${orgId}/questions`);
  return (
    <div className="notification-bell">
      <button
        ref={buttonRef}
        type="button"
        className="notification-bell__button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={unread > 0 ? t('notifications.buttonUnread', { shown }) : t('notifications.buttonNone')}
        data-testid="notification-bell"
        onClick={() => setOpen((v) => !v)}
      >
        <svg
          aria-hidden="true"
          focusable="false"
          width="20"
          height="20"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
          <path d="M13.73 21a2 2 0 0 1-3.46 0" />
        </svg>
        {unread > 0 ? (
          <span className="notification-bell__count" aria-hidden="true" data-testid="notification-count">
            {shown}
          </span>
        ) : null}
      </button>
      {open ? (
        <div
          id={panelId}
          ref={panelRef}
          tabIndex={-1}
          role="region"
          aria-label={t('notifications.heading')}
          className="notification-bell__panel"
        >
          <div className="notification-bell__head">
            <h2>{t('notifications.heading')}</h2>
            {unread > 0 ? (
              <button
                type="button"
                className="button button--secondary"
                disabled={markRead.isPending}
                onClick={() => markRead.mutate(undefined)}
              >
                {t('notifications.markAllRead')}
              </button>
            ) : null}
          </div>
          {items.length === 0 ? <p className="muted">{t('notifications.empty')}</p> : null}
          <ul className="notification-bell__list" data-testid="notification-list">
            {items.map((n) => (
              <li
                key={n.id}
                className={n.readAt ? 'notification notification--read' : 'notification notification--unread'}
              >
                <Link
                  to={link(n)}
                  onClick={() => {
                    if (!n.readAt) markRead.mutate(n.id);
                    setOpen(false);
                  }}
                >
                  {n.readAt ? null : <span className="visually-hidden">{t('notifications.unread')}</span>}
                  {t(`notifications.kinds.${n.kind}`, {
                    title: n.title,
                    actor: n.actorName ?? t('notifications.someone'),
                  })}
                </Link>
                <span className="muted notification__time">{formatDateTime(n.createdAt)}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
