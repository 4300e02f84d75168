CREATE TABLE `knowledge_gaps` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`conversation_id` text NOT NULL,
	`question` text NOT NULL,
	`topic` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `gaps_site_topic` ON `knowledge_gaps` (`site_id`,`topic`);--> statement-breakpoint
CREATE INDEX `gaps_site_created` ON `knowledge_gaps` (`site_id`,`created_at`);