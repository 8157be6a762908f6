CREATE TABLE `conversation_contexts` (
	`scope_key` text PRIMARY KEY NOT NULL,
	`chat_id` integer NOT NULL,
	`user_id` integer,
	`kind` text NOT NULL,
	`payload` text NOT NULL,
	`revision` integer NOT NULL,
	`updated_at` integer NOT NULL
);
