CREATE TABLE "data_drift_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"esia_subject" text NOT NULL,
	"changes" jsonb NOT NULL,
	"esia_document" jsonb,
	"status" text DEFAULT 'open' NOT NULL,
	"detected_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by_account_id" uuid
);
--> statement-breakpoint
ALTER TABLE "data_drift_items" ADD CONSTRAINT "data_drift_items_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_drift_items" ADD CONSTRAINT "data_drift_items_decided_by_account_id_accounts_id_fk" FOREIGN KEY ("decided_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "data_drift_items_open_person_uidx" ON "data_drift_items" USING btree ("person_id") WHERE status = 'open';