import type { RouteDefinition } from "@solidjs/router";
import { ItemPage } from "./item-page";
import { QueuesPage } from "./queues-page";

/**
 * The queues screens of the console: `/queues` (the first of your spaces), `/queues/:spaceId` (search the
 * space), `/queues/:spaceId/:queueId` (a saved queue) and `/queues/items/:itemId` (one work item).
 */
export const queuesRoutes: RouteDefinition[] = [
  { path: "/queues/items/:itemId", component: ItemPage },
  { path: "/queues/:spaceId?/:queueId?", component: QueuesPage },
];
