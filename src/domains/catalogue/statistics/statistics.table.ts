import type { Generated } from 'kysely';

/** 1 view, 2 link-out ("Accéder au service"), 3 favourite added, 4 favourite removed. */
export const SERVICE_EVENT = { view: 1, linkOut: 2, favouriteAdded: 3, favouriteRemoved: 4 } as const;
export type ServiceEventKind = (typeof SERVICE_EVENT)[keyof typeof SERVICE_EVENT];

export interface ServiceEventsTable {
  id: Generated<number>;
  service_id: number;
  kind: ServiceEventKind;
  occurred_at: Generated<Date>;
}

declare module '../../../platform/db/database.js' {
  interface Database {
    service_events: ServiceEventsTable;
  }
}
