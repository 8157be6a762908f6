CREATE TABLE `answers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`update_id` integer,
	`chat_id` integer NOT NULL,
	`user_id` integer,
	`message_id` integer,
	`question` text NOT NULL,
	`lang` text NOT NULL,
	`status` text NOT NULL,
	`matches` text NOT NULL,
	`fact_ids` text NOT NULL,
	`source_ids` text NOT NULL,
	`reply_text` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `answers_chat_idx` ON `answers` (`chat_id`,`id`);--> statement-breakpoint
CREATE INDEX `answers_user_idx` ON `answers` (`user_id`);--> statement-breakpoint
CREATE TABLE `facts` (
	`id` text PRIMARY KEY NOT NULL,
	`subject` text NOT NULL,
	`metric` text NOT NULL,
	`value` real,
	`unit` text,
	`claim_type` text NOT NULL,
	`as_of` text,
	`topic` text NOT NULL,
	`source_ids` text NOT NULL,
	`body` text NOT NULL,
	`content_hash` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sources` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`publisher` text NOT NULL,
	`url` text,
	`date` text,
	`content_hash` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `user_preferences` (
	`user_id` integer PRIMARY KEY NOT NULL,
	`lang` text NOT NULL,
	`updated_at` integer NOT NULL
);
