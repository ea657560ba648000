/** How the wallboard writes its figures: "—" where nothing was measured. */
export const dash = '—';

export function seconds(value: number | null | undefined): string {
  if (value === null || value === undefined) return dash;
  const whole = Math.round(value);
  if (whole < 60) return `${whole}s`;
  return `${Math.floor(whole / 60)}m ${String(whole % 60).padStart(2, '0')}s`;
}

export function percent(value: number | null | undefined): string {
  if (value === null || value === undefined) return dash;
  return `${Math.round(value * 100)}%`;
}

export function count(value: number | null | undefined): string {
  return value === null || value === undefined ? dash : String(value);
}

/** A local clock time for an ISO instant. */
export function clock(instant: string | null): string {
  return instant === null ? dash : new Date(instant).toLocaleTimeString();
}
