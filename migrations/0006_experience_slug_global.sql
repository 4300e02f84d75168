DROP INDEX `experiences_site_slug`;--> statement-breakpoint
CREATE UNIQUE INDEX `experiences_slug` ON `experiences` (`slug`);