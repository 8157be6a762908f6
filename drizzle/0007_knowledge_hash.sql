CREATE TABLE `knowledge_sync` (
	`id` integer PRIMARY KEY NOT NULL,
	`data_hash` text NOT NULL,
	`synced_at` integer NOT NULL
);
