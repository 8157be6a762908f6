PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_answers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`update_id` integer,
	`chat_id` integer,
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
INSERT INTO `__new_answers`("id", "update_id", "chat_id", "user_id", "message_id", "question", "lang", "status", "matches", "fact_ids", "source_ids", "reply_text", "created_at") SELECT "id", "update_id", "chat_id", "user_id", "message_id", "question", "lang", "status", "matches", "fact_ids", "source_ids", "reply_text", "created_at" FROM `answers`;--> statement-breakpoint
DROP TABLE `answers`;--> statement-breakpoint
ALTER TABLE `__new_answers` RENAME TO `answers`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `answers_chat_idx` ON `answers` (`chat_id`,`id`);--> statement-breakpoint
CREATE INDEX `answers_user_idx` ON `answers` (`user_id`);