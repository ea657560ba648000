/** An ISO instant from the API in the viewer's local time and language. */
export function formatInstant(iso: string, language: string): string {
  return new Date(iso).toLocaleString(language === 'en' ? 'en-GB' : 'zh-CN', { hour12: false });
}
