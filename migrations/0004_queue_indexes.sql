ALTER TABLE `work_items` ADD `priority_rank` integer GENERATED ALWAYS AS (CASE "priority" WHEN 'Highest' THEN 5 WHEN 'High' THEN 4 WHEN 'Medium' THEN 3 WHEN 'Low' THEN 2 WHEN 'Lowest' THEN 1 ELSE 0 END) VIRTUAL NOT NULL;--> statement-breakpoint
CREATE INDEX `work_items_space_type_status_created` ON `work_items` (`space_id`,`type`,`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `work_items_space_assignee_updated` ON `work_items` (`space_id`,`assignee_id`,`updated_at`,`status`);--> statement-breakpoint
CREATE INDEX `work_items_space_priority_created` ON `work_items` (`space_id`,"priority_rank" DESC,`created_at`,`type`);--> statement-breakpoint
CREATE INDEX `work_items_space_updated` ON `work_items` (`space_id`,`updated_at`,`status`,`id`);--> statement-breakpoint
CREATE INDEX `changes_field_to_item` ON `work_item_changes` (`field`,`to_value`,`work_item_id`);--> statement-breakpoint
CREATE INDEX `changes_field_from_item` ON `work_item_changes` (`field`,`from_value`,`work_item_id`);