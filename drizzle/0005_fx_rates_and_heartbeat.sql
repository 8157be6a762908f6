CREATE TABLE `fx_rates` (
	`date` text PRIMARY KEY NOT NULL,
	`usd_rub` real NOT NULL,
	`eur_rub` real NOT NULL,
	`fetched_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `heartbeat` (
	`id` integer PRIMARY KEY NOT NULL,
	`at` integer NOT NULL
);
