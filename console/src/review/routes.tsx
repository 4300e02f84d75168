import type { RouteDefinition } from "@solidjs/router";

function ReviewPage() {
  return <h1>Review</h1>;
}

/** The review screens of the console (mounted under /review). */
export const reviewRoutes: RouteDefinition[] = [{ path: "/review", component: ReviewPage }];
