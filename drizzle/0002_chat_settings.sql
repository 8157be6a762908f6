CREATE TABLE `chat_settings` (
	`chat_id` integer PRIMARY KEY NOT NULL,
	`keyword_mode` integer DEFAULT false NOT NULL,
	`keyword_interval_minutes` integer DEFAULT 10 NOT NULL,
	`last_keyword_reply_at` integer,
	`updated_at` integer NOT NULL
);
