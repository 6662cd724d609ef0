/**
 * The browser's offer to install the app to the home screen (`beforeinstallprompt`,
 * Chromium-based browsers). The event fires once, often before the page that explains
 * installing has loaded, so the shell starts listening at start-up and keeps the offer
 * here until a screen asks for it (issue #8 item 8: "installable to the home screen with
 * a prompt that explains why"). Browsers without the event (Safari, Firefox) never make
 * an offer; the screens then say nothing rather than guess at each browser's menus.
 */
import { useSyncExternalStore } from 'react';

/** Chromium's event; not in TypeScript's DOM types because it is not a standard. */
export interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

let offer: InstallPromptEvent | null = null;
let installed = false;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

function isInstallPrompt(event: Event): event is InstallPromptEvent {
  return typeof (event as Partial<InstallPromptEvent>).prompt === 'function';
}

/** Called once by the shell at start-up. */
export function listenForInstallOffer(target: Window = window): void {
  target.addEventListener('beforeinstallprompt', (event) => {
    if (!isInstallPrompt(event)) return;
    // Keep the browser's own mini-bar away: the plan explains why first, then offers.
    event.preventDefault();
    offer = event;
    notify();
  });
  target.addEventListener('appinstalled', () => {
    offer = null;
    installed = true;
    notify();
  });
}

/** Whether the app is running from the home screen already. */
export function runningInstalled(): boolean {
  return (
    installed ||
    (typeof window.matchMedia === 'function' &&
      window.matchMedia('(display-mode: standalone)').matches)
  );
}

export type InstallOutcome = 'accepted' | 'dismissed' | 'unavailable';

/** Shows the browser's install dialog; an offer can be used once. */
export async function acceptInstallOffer(): Promise<InstallOutcome> {
  const current = offer;
  if (!current) return 'unavailable';
  offer = null;
  notify();
  await current.prompt();
  const { outcome } = await current.userChoice;
  if (outcome === 'accepted') installed = true;
  notify();
  return outcome;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** True while the browser is offering to install and the app is not installed. */
export function useInstallOffer(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => offer !== null && !runningInstalled(),
    () => false,
  );
}
