CREATE TABLE `saved_replies` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`space_id` text,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`created_by` text,
	`updated_by` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`space_id`) REFERENCES `spaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `saved_replies_site_title` ON `saved_replies` (`site_id`,`title`);--> statement-breakpoint
CREATE INDEX `saved_replies_space` ON `saved_replies` (`space_id`);