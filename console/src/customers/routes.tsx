import type { RouteDefinition } from "@solidjs/router";
import { ConversationPanel } from "./conversation-panel";
import { CustomerProfile } from "./customer-profile";
import { CustomerSearch } from "./customer-search";

/**
 * The customers screens of the console: `/customers` (search, ?q=), `/customers/:customerId` (the profile)
 * and `/customers/:customerId/conversations/:conversationId` (the profile with that transcript open).
 */
export const customersRoutes: RouteDefinition[] = [
  { path: "/customers", component: CustomerSearch },
  {
    path: "/customers/:customerId",
    component: CustomerProfile,
    children: [
      { path: "/", component: () => null },
      { path: "/conversations/:conversationId", component: ConversationPanel },
    ],
  },
];
