import { drizzle } from "drizzle-orm/d1";
import * as schema from "./schema";

export type Db = ReturnType<typeof database>;

/** A drizzle handle on the site database. Cheap: make one per request. */
export function database(d1: D1Database) {
  return drizzle(d1, { schema });
}
