ALTER TABLE `answers` ADD `outcome` text;--> statement-breakpoint
ALTER TABLE `answers` ADD `verdict` text;--> statement-breakpoint
ALTER TABLE `answers` ADD `reading` text;