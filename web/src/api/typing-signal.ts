/**
 * When to tell the other side of a chat that we are typing (docs/realtime.md, "Typing and read
 * marks"), shared by the agent workspace and the widget: `typing: true` on the first keystroke and
 * again at most every `REPEAT_MS` while the text keeps changing (the receiver shows it for a few
 * seconds after the last one), and `typing: false` once the text is emptied (sent or cleared), after
 * `IDLE_MS` without a keystroke, or when the writer leaves the conversation.
 */

/** Least time between two `typing: true` (the server's own relay interval is shorter). */
export const REPEAT_MS = 3_000;
/** Without a keystroke for this long, the writer counts as stopped. */
export const IDLE_MS = 4_000;

export class TypingSignal {
  private saidAt: number | null = null;
  private idle: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly send: (typing: boolean) => void,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** The text being written changed. */
  input(text: string): void {
    if (text.trim() === '') {
      this.stop();
      return;
    }
    const now = this.now();
    if (this.saidAt === null || now - this.saidAt >= REPEAT_MS) {
      this.saidAt = now;
      this.send(true);
    }
    if (this.idle !== null) clearTimeout(this.idle);
    this.idle = setTimeout(() => {
      this.stop();
    }, IDLE_MS);
  }

  /** The writer stopped (sent, cleared, idle, or left): says so once if it had said it was typing. */
  stop(): void {
    if (this.idle !== null) clearTimeout(this.idle);
    this.idle = null;
    if (this.saidAt === null) return;
    this.saidAt = null;
    this.send(false);
  }
}
