import type { Db } from '../../../platform/db/database.js';
import type { Viewer } from '../../../platform/http/access.plugin.js';
import { reportedBy } from '../moderation/reports.repository.js';
import { closedReason, isModerator } from './comments.service.js';
import { findIdea, listComments } from './comments.repository.js';

export const ANONYMOUS_AUTHOR = 'Un participant';
export const HIDDEN_PLACEHOLDER = 'Commentaire masqué par la modération';

export interface CommentView {
  id: number;
  /** Display name, or « Un participant ». */
  authorName: string;
  createdAt: Date;
  /** The text; null when hidden and the viewer is not a moderator (the placeholder is shown). */
  body: string | null;
  hidden: boolean;
  /** The viewer wrote it. */
  own: boolean;
  /** The viewer may report it (verified, not theirs, published, not yet reported by them). */
  canReport: boolean;
  reportedByViewer: boolean;
  /** Replies (oldest first); always empty for a reply. */
  replies: CommentView[];
}

export interface CommentsData {
  ideaId: number;
  /** Comments and replies listed (hidden ones included, as placeholders). */
  count: number;
  comments: CommentView[];
  /** Who looks: a visitor, a logged-in account whose e-mail is not verified, or a verified account. */
  viewer: 'visiteur' | 'non-verifie' | 'verifie';
  moderator: boolean;
  /** Verified and the idea takes comments: the forms are shown. */
  canComment: boolean;
  /** Why comments are closed (hidden or merged idea), or null. */
  closedReason: string | null;
}

/** The comments section of an idea page, for `<CommentsSection data={…} />`. */
export async function loadComments(db: Db, ideaId: number, viewer: Viewer | null): Promise<CommentsData> {
  const [idea, rows] = await Promise.all([findIdea(db, ideaId), listComments(db, ideaId)]);
  const moderator = isModerator(viewer);
  const verified = Boolean(viewer?.emailVerified);
  const reported = viewer ? await reportedBy(db, 'commentaire', rows.map((row) => row.id), viewer.accountId) : new Set<number>();
  const closed = idea ? closedReason(idea) : 'Cette idée n’existe pas.';
  const toView = (row: (typeof rows)[number]): CommentView => {
    const hidden = row.visibility !== 'publie';
    const own = viewer !== null && row.account_id === viewer.accountId;
    return {
      id: row.id,
      authorName: row.author_name?.trim() || ANONYMOUS_AUTHOR,
      createdAt: new Date(row.created_at),
      body: hidden && !moderator ? null : row.body,
      hidden,
      own,
      reportedByViewer: reported.has(row.id),
      canReport: verified && !own && !hidden && !reported.has(row.id) && closed === null,
      replies: [],
    };
  };
  const comments: CommentView[] = [];
  const byId = new Map<number, CommentView>();
  for (const row of rows) {
    if (row.parent_id !== null) continue;
    const view = toView(row);
    byId.set(row.id, view);
    comments.push(view);
  }
  for (const row of rows) if (row.parent_id !== null) byId.get(row.parent_id)?.replies.push(toView(row));
  return {
    ideaId,
    count: rows.length,
    comments,
    viewer: !viewer ? 'visiteur' : verified ? 'verifie' : 'non-verifie',
    moderator,
    canComment: verified && closed === null,
    closedReason: closed,
  };
}
