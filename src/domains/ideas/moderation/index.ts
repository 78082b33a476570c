export { ideaCommentsModerationSource, ideasModerationSource, commentHref, ideaHref } from './ideas.moderation.js';
export { REASON_LABELS, REPORT_REASONS, REPORTS_TO_HIDE, reportedBy, type ReportOutcome, type ReportReason, type ReportSubjectKind } from './reports.repository.js';
export { isReportReason, REPORTS_PER_HOUR, reportSubject } from './reports.service.js';
