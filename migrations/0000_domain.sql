CREATE TABLE `agents` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`password_salt` text NOT NULL,
	`password_iterations` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agents_email` ON `agents` (`email`);--> statement-breakpoint
CREATE INDEX `agents_site` ON `agents` (`site_id`);--> statement-breakpoint
CREATE TABLE `articles` (
	`rowid` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`site_id` text NOT NULL,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`category` text DEFAULT 'General' NOT NULL,
	`published` integer DEFAULT true NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `articles_id` ON `articles` (`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `articles_site_slug` ON `articles` (`site_id`,`slug`);--> statement-breakpoint
CREATE TABLE `customers` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`external_id` text,
	`name` text,
	`email` text,
	`attributes` text DEFAULT '{}' NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`last_seen_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `customers_site_external` ON `customers` (`site_id`,`external_id`);--> statement-breakpoint
CREATE INDEX `customers_site_email` ON `customers` (`site_id`,`email`);--> statement-breakpoint
CREATE INDEX `customers_site_name` ON `customers` (`site_id`,`name`);--> statement-breakpoint
CREATE INDEX `customers_site_seen` ON `customers` (`site_id`,`last_seen_at`);--> statement-breakpoint
CREATE TABLE `experiences` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`name` text NOT NULL,
	`slug` text NOT NULL,
	`support_mode` text NOT NULL,
	`channels` text NOT NULL,
	`space_id` text NOT NULL,
	`allowed_origins` text DEFAULT '[]' NOT NULL,
	`greeting` text NOT NULL,
	`ai_agent_name` text NOT NULL,
	`handoff_rules` text DEFAULT '[]' NOT NULL,
	`identity_secret` text NOT NULL,
	`color` text DEFAULT '#2563eb' NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`space_id`) REFERENCES `spaces`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `experiences_site_slug` ON `experiences` (`site_id`,`slug`);--> statement-breakpoint
CREATE INDEX `experiences_space` ON `experiences` (`space_id`);--> statement-breakpoint
CREATE TABLE `queues` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`space_id` text NOT NULL,
	`name` text NOT NULL,
	`jql` text NOT NULL,
	`position` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`space_id`) REFERENCES `spaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `queues_space_position` ON `queues` (`space_id`,`position`);--> statement-breakpoint
CREATE TABLE `reviews` (
	`work_item_id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`reviewer_id` text NOT NULL,
	`mark` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`work_item_id`) REFERENCES `work_items`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reviewer_id`) REFERENCES `agents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `reviews_site_mark` ON `reviews` (`site_id`,`mark`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`agent_id` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`expires_at` integer NOT NULL,
	`revoked_at` integer,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`agent_id`) REFERENCES `agents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_agent` ON `sessions` (`agent_id`);--> statement-breakpoint
CREATE TABLE `sites` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`edition` text NOT NULL,
	`chat_cap` integer DEFAULT 3 NOT NULL,
	`offer_timeout_seconds` integer DEFAULT 120 NOT NULL,
	`idle_close_minutes` integer DEFAULT 30 NOT NULL,
	`keep_available_on_missed_offer` integer DEFAULT false NOT NULL,
	`ai_settings` text DEFAULT '{}' NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `space_members` (
	`site_id` text NOT NULL,
	`space_id` text NOT NULL,
	`agent_id` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	PRIMARY KEY(`space_id`, `agent_id`),
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`space_id`) REFERENCES `spaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agent_id`) REFERENCES `agents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `space_members_agent` ON `space_members` (`agent_id`);--> statement-breakpoint
CREATE TABLE `spaces` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`name` text NOT NULL,
	`key` text NOT NULL,
	`chat_enabled` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `spaces_site_key` ON `spaces` (`site_id`,`key`);--> statement-breakpoint
CREATE UNIQUE INDEX `spaces_site_name` ON `spaces` (`site_id`,`name`);--> statement-breakpoint
CREATE TABLE `work_item_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`site_id` text NOT NULL,
	`work_item_id` text NOT NULL,
	`field` text NOT NULL,
	`from_value` text,
	`to_value` text,
	`changed_by` text,
	`changed_at` integer NOT NULL,
	`dedupe_key` text,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`work_item_id`) REFERENCES `work_items`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `changes_dedupe` ON `work_item_changes` (`dedupe_key`);--> statement-breakpoint
CREATE INDEX `changes_item_field` ON `work_item_changes` (`work_item_id`,`field`,`changed_at`);--> statement-breakpoint
CREATE INDEX `changes_field_to` ON `work_item_changes` (`field`,`to_value`,`changed_at`);--> statement-breakpoint
CREATE TABLE `work_item_comments` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`work_item_id` text NOT NULL,
	`author_type` text NOT NULL,
	`author_id` text,
	`body` text NOT NULL,
	`dedupe_key` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`work_item_id`) REFERENCES `work_items`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `comments_item_created` ON `work_item_comments` (`work_item_id`,`created_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `comments_dedupe` ON `work_item_comments` (`dedupe_key`);--> statement-breakpoint
CREATE TABLE `work_items` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`space_id` text NOT NULL,
	`number` integer NOT NULL,
	`key` text NOT NULL,
	`type` text NOT NULL,
	`status` text NOT NULL,
	`priority` text DEFAULT 'Medium' NOT NULL,
	`labels` text DEFAULT '[]' NOT NULL,
	`summary` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`assignee_id` text,
	`reporter_agent_id` text,
	`customer_id` text,
	`experience_id` text,
	`conversation_id` text,
	`channel` text,
	`support_mode` text,
	`ai_outcome` text,
	`handoff_reason` text,
	`handoff_detail` text,
	`ai_turns` integer DEFAULT 0 NOT NULL,
	`message_count` integer DEFAULT 0 NOT NULL,
	`source_version` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`resolved_at` integer,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`space_id`) REFERENCES `spaces`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assignee_id`) REFERENCES `agents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reporter_agent_id`) REFERENCES `agents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`experience_id`) REFERENCES `experiences`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `work_items_space_number` ON `work_items` (`space_id`,`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `work_items_site_key` ON `work_items` (`site_id`,`key`);--> statement-breakpoint
CREATE UNIQUE INDEX `work_items_conversation` ON `work_items` (`conversation_id`);--> statement-breakpoint
CREATE INDEX `work_items_space_created` ON `work_items` (`space_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `work_items_space_status_updated` ON `work_items` (`space_id`,`status`,`updated_at`);--> statement-breakpoint
CREATE INDEX `work_items_space_type_created` ON `work_items` (`space_id`,`type`,`created_at`);--> statement-breakpoint
CREATE INDEX `work_items_assignee_status` ON `work_items` (`assignee_id`,`status`);--> statement-breakpoint
CREATE INDEX `work_items_customer_created` ON `work_items` (`customer_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `work_items_site_outcome` ON `work_items` (`site_id`,`ai_outcome`,`created_at`);