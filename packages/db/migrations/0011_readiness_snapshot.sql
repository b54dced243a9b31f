CREATE TABLE "readiness_class_stats" (
	"organisation_id" uuid NOT NULL,
	"class_id" uuid,
	"students" integer NOT NULL,
	"students_linked" integer NOT NULL,
	"students_recent_esia" integer NOT NULL,
	"parents" integer NOT NULL,
	"parents_linked" integer NOT NULL,
	"parents_recent_esia" integer NOT NULL,
	"open_requests" integer NOT NULL,
	"oldest_open_request_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "readiness_organisation_stats" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"students" integer NOT NULL,
	"students_linked" integer NOT NULL,
	"students_recent_esia" integer NOT NULL,
	"parents" integer NOT NULL,
	"parents_linked" integer NOT NULL,
	"parents_recent_esia" integer NOT NULL,
	"open_requests" integer NOT NULL,
	"oldest_open_request_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "readiness_refreshes" (
	"id" integer PRIMARY KEY NOT NULL,
	"refreshed_at" timestamp with time zone NOT NULL,
	"recent_since" timestamp with time zone NOT NULL,
	"took_ms" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "readiness_class_stats_organisation_id_idx" ON "readiness_class_stats" USING btree ("organisation_id");