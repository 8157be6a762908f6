CREATE TABLE `inbox` (
	`update_id` integer PRIMARY KEY NOT NULL,
	`payload` text,
	`status` text NOT NULL,
	`received_at` integer NOT NULL
);
