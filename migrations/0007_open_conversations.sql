CREATE TABLE `open_conversations` (
	`site_id` text NOT NULL,
	`customer_id` text NOT NULL,
	`experience_id` text NOT NULL,
	`conversation_id` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	PRIMARY KEY(`customer_id`, `experience_id`),
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `open_conversations_conversation` ON `open_conversations` (`conversation_id`);