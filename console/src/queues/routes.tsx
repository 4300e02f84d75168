import type { RouteDefinition } from "@solidjs/router";

function QueuesPage() {
  return <h1>Queues</h1>;
}

/** The queues screens of the console (mounted under /queues). */
export const queuesRoutes: RouteDefinition[] = [{ path: "/queues", component: QueuesPage }];
