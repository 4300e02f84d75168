import type { RouteDefinition } from "@solidjs/router";

function CustomersPage() {
  return <h1>Customers</h1>;
}

/** The customers screens of the console (mounted under /customers). */
export const customersRoutes: RouteDefinition[] = [{ path: "/customers", component: CustomersPage }];
