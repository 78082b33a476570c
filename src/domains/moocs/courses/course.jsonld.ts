import type { Course, SessionWithCount } from '../courses.repository.js';
import type { CourseInstructorsTable } from '../moocs.table.js';

type Instructor = Pick<CourseInstructorsTable, 'name' | 'kind'> & { title: string };

/** ISO 8601 duration of a number of minutes, e.g. « PT9H30M ». */
export function isoDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `PT${hours ? `${hours}H` : ''}${rest || !hours ? `${rest}M` : ''}`;
}

/** schema.org `Course` with one `CourseInstance` per session (Google's course rich results). */
export function courseJsonLd(
  course: Course,
  sessions: SessionWithCount[],
  instructors: Instructor[],
  options: { pageUrl: string; publicUrl: string; description: string; workloadMinutes: number },
): Record<string, unknown> {
  const people = instructors.map((instructor) => ({ '@type': 'Person', name: instructor.name, ...(instructor.title ? { jobTitle: instructor.title } : {}) }));
  const workload = options.workloadMinutes > 0 ? isoDuration(options.workloadMinutes) : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'Course',
    '@id': options.pageUrl,
    name: course.name,
    description: options.description,
    url: options.pageUrl,
    inLanguage: 'fr',
    isAccessibleForFree: true,
    ...(course.logo_path ? { image: `${options.publicUrl}${course.logo_path}` } : {}),
    ...(course.objectives.length ? { teaches: course.objectives } : {}),
    ...(course.prerequisites ? { coursePrerequisites: course.prerequisites } : {}),
    ...(course.audience_text ? { audience: { '@type': 'Audience', audienceType: course.audience_text } } : {}),
    provider: { '@type': 'Organization', name: course.provider_name },
    offers: [{ '@type': 'Offer', category: 'Free', price: '0', priceCurrency: 'EUR' }],
    hasCourseInstance: sessions
      .filter((session) => !session.archived_at)
      .map((session) => ({
        '@type': 'CourseInstance',
        name: session.name,
        courseMode: 'online',
        ...(session.starts_at && !session.self_paced ? { startDate: session.starts_at.toISOString() } : {}),
        ...(session.ends_at && !session.self_paced ? { endDate: session.ends_at.toISOString() } : {}),
        ...(workload ? { courseWorkload: workload } : course.effort_text ? { courseWorkload: course.effort_text } : {}),
        ...(session.capacity ? { maximumAttendeeCapacity: session.capacity } : {}),
        ...(people.length ? { instructor: people } : {}),
      })),
  };
}
