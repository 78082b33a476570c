/** The discussions tab of a session's course home. */
export const discussionsHref = (slug: string, sessionId: number) => `/moocs/${slug}/sessions/${sessionId}/discussions`;

export const threadHref = (slug: string, sessionId: number, threadId: number) => `${discussionsHref(slug, sessionId)}/${threadId}`;

export const lessonHref = (slug: string, sessionId: number, lessonId: number) => `/moocs/${slug}/sessions/${sessionId}/lecons/${lessonId}`;

/** An id from a URL: anything but a positive integer is unknown (404, never a 500). */
export function parseId(value: string): number | null {
  return /^[1-9][0-9]{0,8}$/.test(value) ? Number(value) : null;
}
