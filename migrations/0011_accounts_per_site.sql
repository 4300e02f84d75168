CREATE TABLE `login_failures` (
	`client_key` text PRIMARY KEY NOT NULL,
	`window_start` integer NOT NULL,
	`failures` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `login_failures_window` ON `login_failures` (`window_start`);--> statement-breakpoint
DROP INDEX `agents_site`;--> statement-breakpoint
DROP INDEX `agents_email`;--> statement-breakpoint
CREATE UNIQUE INDEX `agents_site_email` ON `agents` (`site_id`,`email`);--> statement-breakpoint
CREATE INDEX `agents_email` ON `agents` (`email`);