import type { ReactNode } from 'react';

export interface NotificationBannerProps {
  title: string;
  children?: ReactNode;
  /** 'important' is announced politely; 'success' follows an action the person took. */
  variant?: 'important' | 'success';
  /** Announce to screen readers when it appears. */
  live?: boolean;
}

/** The NHS.UK notification banner, for things the person should know about now. */
export function NotificationBanner({
  title,
  children,
  variant = 'important',
  live = false,
}: NotificationBannerProps) {
  return (
    <div
      className={`nhsuk-notification-banner app-banner${variant === 'success' ? ' nhsuk-notification-banner--success' : ''}`}
      role={live ? (variant === 'success' ? 'status' : 'alert') : 'region'}
      aria-label={title}
    >
      <div className="nhsuk-notification-banner__content">
        <p className="nhsuk-notification-banner__heading">{title}</p>
        {children}
      </div>
    </div>
  );
}
