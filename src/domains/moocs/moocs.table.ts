import type { ColumnType, Generated, Selectable } from 'kysely';

type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface CoursesTable {
  id: Generated<number>;
  /** The catalogue entry: name, pitch, description, logo come from there (one source of truth). */
  service_id: number;
  objectives: Generated<string[]>;
  audience_text: Generated<string>;
  prerequisites: Generated<string>;
  effort_text: Generated<string>;
  weeks_count: Generated<number>;
  self_paced: Generated<boolean>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export type InstructorKind = 'interne' | 'externe';

export interface CourseInstructorsTable {
  id: Generated<number>;
  course_id: number;
  account_id: number | null;
  name: string;
  title: Generated<string>;
  bio: Generated<string>;
  kind: InstructorKind;
  position: Generated<number>;
}

export interface CourseSessionsTable {
  id: Generated<number>;
  course_id: number;
  name: string;
  self_paced: Generated<boolean>;
  enrolment_opens_at: NullableTimestamp;
  enrolment_closes_at: NullableTimestamp;
  starts_at: NullableTimestamp;
  ends_at: NullableTimestamp;
  archived_at: NullableTimestamp;
  capacity: number | null;
  created_at: Generated<Date>;
}

export interface CourseWeeksTable {
  id: Generated<number>;
  course_id: number;
  position: number;
  title: string;
  summary: Generated<string>;
}

export interface CourseVideosTable {
  id: string;
  content_type: 'video/mp4' | 'video/webm';
  size: number;
  uploaded_by: number | null;
  created_at: Generated<Date>;
}

export interface CourseVideoChunksTable {
  video_id: string;
  n: number;
  bytes: Buffer;
}

export type LessonKind = 'texte' | 'video' | 'quiz';

export interface CourseLessonsTable {
  id: Generated<number>;
  week_id: number;
  position: number;
  kind: LessonKind;
  title: string;
  body: Generated<string>;
  duration_minutes: number | null;
  video_id: string | null;
  video_url: string | null;
  captions_vtt: string | null;
  transcript: string | null;
  pass_mark: number | null;
  max_attempts: number | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface QuizQuestionsTable {
  id: Generated<number>;
  lesson_id: number;
  position: number;
  kind: 'unique' | 'multiple';
  prompt: string;
  explanation: Generated<string>;
}

export interface QuizChoicesTable {
  id: Generated<number>;
  question_id: number;
  position: number;
  label: string;
  correct: boolean;
  feedback: Generated<string>;
}

export interface EnrolmentsTable {
  id: Generated<number>;
  session_id: number;
  account_id: number;
  status: Generated<'inscrit' | 'desinscrit'>;
  enrolled_at: Generated<Date>;
  left_at: Date | null;
  last_lesson_id: number | null;
  last_activity_at: Date | null;
  completed_at: Date | null;
  start_reminder_sent_at: Date | null;
  notify_discussions: Generated<boolean>;
}

export interface LessonProgressTable {
  enrolment_id: number;
  lesson_id: number;
  seen_at: Generated<Date>;
}

export interface QuizAttemptsTable {
  id: Generated<number>;
  enrolment_id: number;
  lesson_id: number;
  attempt: number;
  score: number;
  passed: boolean;
  /** { "<question id>": [<choice id>, …] } */
  answers: ColumnType<Record<string, number[]>, string, string>;
  created_at: Generated<Date>;
}

export interface CertificatesTable {
  id: Generated<number>;
  number: string;
  enrolment_id: number | null;
  account_id: number | null;
  learner_name: string;
  course_title: string;
  course_slug: string;
  session_name: string;
  session_starts_at: NullableTimestamp;
  session_ends_at: NullableTimestamp;
  issued_at: Generated<Date>;
  revoked_at: Date | null;
  revoked_reason: string | null;
  revoked_by: number | null;
}

export type DiscussionStatus = 'publie' | 'masque';

export interface DiscussionThreadsTable {
  id: Generated<number>;
  session_id: number;
  account_id: number | null;
  lesson_id: number | null;
  title: string;
  body: string;
  status: Generated<DiscussionStatus>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  last_activity_at: Generated<Date>;
}

export interface DiscussionPostsTable {
  id: Generated<number>;
  thread_id: number;
  account_id: number | null;
  body: string;
  by_instructor: Generated<boolean>;
  status: Generated<DiscussionStatus>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface DiscussionVotesTable {
  post_id: number;
  account_id: number;
  created_at: Generated<Date>;
}

export interface DiscussionReportsTable {
  id: Generated<number>;
  subject_kind: 'sujet' | 'message';
  subject_id: number;
  account_id: number;
  reason: 'spam' | 'propos-offensants' | 'hors-sujet';
  created_at: Generated<Date>;
  settled_at: Date | null;
}

export interface CourseAnnouncementsTable {
  id: Generated<number>;
  session_id: number;
  author_account_id: number | null;
  subject: string;
  body: string;
  created_at: Generated<Date>;
}

export interface CourseAnnouncementDeliveriesTable {
  announcement_id: number;
  enrolment_id: number;
  sent_at: Date | null;
}

export type CourseRow = Selectable<CoursesTable>;
export type SessionRow = Selectable<CourseSessionsTable>;
export type WeekRow = Selectable<CourseWeeksTable>;
export type LessonRow = Selectable<CourseLessonsTable>;
export type EnrolmentRow = Selectable<EnrolmentsTable>;
export type CertificateRow = Selectable<CertificatesTable>;

declare module '../../platform/db/database.js' {
  interface Database {
    courses: CoursesTable;
    course_instructors: CourseInstructorsTable;
    course_sessions: CourseSessionsTable;
    course_weeks: CourseWeeksTable;
    course_videos: CourseVideosTable;
    course_video_chunks: CourseVideoChunksTable;
    course_lessons: CourseLessonsTable;
    quiz_questions: QuizQuestionsTable;
    quiz_choices: QuizChoicesTable;
    enrolments: EnrolmentsTable;
    lesson_progress: LessonProgressTable;
    quiz_attempts: QuizAttemptsTable;
    certificates: CertificatesTable;
    discussion_threads: DiscussionThreadsTable;
    discussion_posts: DiscussionPostsTable;
    discussion_votes: DiscussionVotesTable;
    discussion_reports: DiscussionReportsTable;
    course_announcements: CourseAnnouncementsTable;
    course_announcement_deliveries: CourseAnnouncementDeliveriesTable;
  }
}
