import type { ComponentChildren } from 'preact';
import type { Crumb } from '../../../../platform/html/components.js';
import type { Course, SessionWithCount } from '../../courses.repository.js';
import { CourseHomeLayout } from '../../learning/course-home.layout.js';
import { sessionState } from '../../session-state.js';

export interface CourseFrameProps {
  course: Course;
  session: SessionWithCount;
  /** Crumbs after the session's (the last one is the current page). */
  crumbs: Crumb[];
  /** The page's h1. */
  title: string;
  children: ComponentChildren;
}

/** A page of the course home's « Discussions » tab, in the course home's frame (breadcrumb, title, session, the four tabs). */
export function CourseFrame({ course, session, crumbs, title, children }: CourseFrameProps) {
  return (
    <CourseHomeLayout course={course} session={session} state={sessionState(session, new Date())} preview={false} current="discussions" heading={title} crumbs={crumbs}>
      {children}
    </CourseHomeLayout>
  );
}
