CREATE TABLE `ai_answers` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`question` text NOT NULL,
	`answer` text NOT NULL,
	`conversation_id` text,
	`created_by` text,
	`updated_by` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ai_answers_site` ON `ai_answers` (`site_id`,`updated_at`);--> statement-breakpoint
CREATE TABLE `kb_embeddings` (
	`model` text NOT NULL,
	`text_hash` text NOT NULL,
	`vector` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	PRIMARY KEY(`model`, `text_hash`)
);
--> statement-breakpoint
CREATE TABLE `kb_index_queue` (
	`source` text NOT NULL,
	`source_id` text NOT NULL,
	`site_id` text NOT NULL,
	`token` text NOT NULL,
	PRIMARY KEY(`source`, `source_id`)
);
--> statement-breakpoint
CREATE INDEX `kb_index_queue_site` ON `kb_index_queue` (`site_id`);--> statement-breakpoint
CREATE TABLE `kb_passages` (
	`rowid` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`site_id` text NOT NULL,
	`source` text NOT NULL,
	`source_id` text NOT NULL,
	`title` text NOT NULL,
	`slug` text,
	`section` text DEFAULT '' NOT NULL,
	`block` integer NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`text_hash` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `kb_passages_source` ON `kb_passages` (`source`,`source_id`);--> statement-breakpoint
CREATE INDEX `kb_passages_site` ON `kb_passages` (`site_id`,`source`);