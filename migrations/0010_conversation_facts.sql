ALTER TABLE `customers` ADD `email_verified` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `sites` ADD `identity_secret` text;--> statement-breakpoint
ALTER TABLE `spaces` ADD `business_hours` text;--> statement-breakpoint
ALTER TABLE `work_items` ADD `page` text;--> statement-breakpoint
ALTER TABLE `work_items` ADD `satisfaction` integer;--> statement-breakpoint
ALTER TABLE `work_items` ADD `satisfaction_comment` text;--> statement-breakpoint
ALTER TABLE `work_items` ADD `rated_at` integer;--> statement-breakpoint
-- One identity secret per site: keep the oldest experience's (customers it verified stay verified), else a new one.
UPDATE `sites` SET `identity_secret` = coalesce((SELECT `identity_secret` FROM `experiences` WHERE `experiences`.`site_id` = `sites`.`id` ORDER BY `created_at` LIMIT 1), lower(hex(randomblob(32))));
