/**
 * Telling an agent something needs them while they look elsewhere (DESIGN.md §8): a desktop
 * notification through the Notification API and a short two-tone chime made with the Web Audio API
 * (no sound file to ship). Each is switched on or off by the agent and remembered in this browser.
 * Both fail quietly: a browser without permission or audio simply shows the workspace's own cues.
 * New customer messages in the agent's open chats alert too (`alertNewMessage`, issue 17), when the
 * page is hidden or another conversation is on screen; one chime per `MESSAGE_CHIME_GAP_MS` at most.
 */

export interface AlertSettings {
  readonly sound: boolean;
  readonly desktop: boolean;
}

const storageKey = 'switchboard.agent.alerts';
const defaults: AlertSettings = { sound: true, desktop: true };

/** The saved choice, or both on. */
export function loadAlertSettings(): AlertSettings {
  try {
    const parsed = JSON.parse(localStorage.getItem(storageKey) ?? 'null') as Partial<AlertSettings> | null;
    if (parsed === null) return defaults;
    return {
      sound: typeof parsed.sound === 'boolean' ? parsed.sound : defaults.sound,
      desktop: typeof parsed.desktop === 'boolean' ? parsed.desktop : defaults.desktop,
    };
  } catch {
    return defaults;
  }
}

export function saveAlertSettings(settings: AlertSettings): void {
  localStorage.setItem(storageKey, JSON.stringify(settings));
}

/** Whether this browser offers desktop notifications at all. */
export const desktopSupported = (): boolean => typeof Notification !== 'undefined';

/** Asks for permission (only from a user gesture, as browsers require); resolves with the outcome. */
export async function requestDesktopPermission(): Promise<NotificationPermission> {
  if (!desktopSupported()) return 'denied';
  if (Notification.permission !== 'default') return Notification.permission;
  return Notification.requestPermission();
}

let audio: AudioContext | null = null;

/** A short chime: two sine tones, 880 Hz then 1320 Hz, fading out, about 0.4 s. */
export function playChime(): void {
  if (typeof AudioContext === 'undefined') return;
  audio ??= new AudioContext();
  const context = audio;
  if (context.state === 'suspended') void context.resume();
  const start = context.currentTime;
  [880, 1320].forEach((frequency, index) => {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    const at = start + index * 0.16;
    oscillator.type = 'sine';
    oscillator.frequency.setValueAtTime(frequency, at);
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.2, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.22);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(at);
    oscillator.stop(at + 0.24);
  });
}

/** Least time between two chimes for new messages: a burst of messages chimes once. */
export const MESSAGE_CHIME_GAP_MS = 2_000;
let lastMessageChime = -Infinity;

/**
 * A customer's new message in a conversation the agent is not looking at (the caller decides): the
 * chime, and a desktop notification — one per conversation (`tag`), replaced by the next one.
 */
export function alertNewMessage(
  settings: AlertSettings,
  notice: { readonly title: string; readonly body: string; readonly tag: string; readonly onOpen: () => void },
): void {
  const now = performance.now();
  if (settings.sound && now - lastMessageChime >= MESSAGE_CHIME_GAP_MS) {
    lastMessageChime = now;
    playChime();
  }
  if (!settings.desktop || !desktopSupported() || Notification.permission !== 'granted') return;
  const notification = new Notification(notice.title, { body: notice.body, tag: notice.tag });
  notification.onclick = () => {
    window.focus();
    notice.onOpen();
    notification.close();
  };
}

/** Alerts the agent as their settings say: the chime, and a desktop notification when the page is not in view. */
export function alertAgent(settings: AlertSettings, title: string, body: string, tag: string): void {
  if (settings.sound) playChime();
  if (!settings.desktop || !desktopSupported() || Notification.permission !== 'granted') return;
  if (document.visibilityState === 'visible' && document.hasFocus()) return;
  const notification = new Notification(title, { body, tag });
  notification.onclick = () => {
    window.focus();
    notification.close();
  };
}
