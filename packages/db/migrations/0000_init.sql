CREATE TYPE "public"."gender" AS ENUM('male', 'female');--> statement-breakpoint
CREATE TYPE "public"."account_role" AS ENUM('parent', 'student', 'teacher', 'administrator', 'staff');--> statement-breakpoint
CREATE TYPE "public"."esia_link_method" AS ENUM('automatic', 'legacy_password', 'settings', 'staff');--> statement-breakpoint
CREATE TABLE "classes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "classes_organisation_id_name_key" UNIQUE("organisation_id","name")
);
--> statement-breakpoint
CREATE TABLE "organisation_types" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"sort_order" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type_code" text NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL,
	"municipality" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "parent_child_links" (
	"parent_person_id" uuid NOT NULL,
	"child_person_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "parent_child_links_pkey" PRIMARY KEY("parent_person_id","child_person_id")
);
--> statement-breakpoint
CREATE TABLE "persons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"last_name" text NOT NULL,
	"first_name" text NOT NULL,
	"middle_name" text,
	"birth_date" date,
	"gender" "gender",
	"snils" text,
	"document_type" text,
	"document_series" text,
	"document_number" text,
	"email" text,
	"phone" text,
	"name_key" text NOT NULL,
	"document_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"role" "account_role" NOT NULL,
	"class_id" uuid,
	"legacy_login" text,
	"legacy_password_hash" text,
	"last_signed_in_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"disabled_at" timestamp with time zone,
	CONSTRAINT "accounts_legacy_login_key" UNIQUE("legacy_login")
);
--> statement-breakpoint
CREATE TABLE "esia_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"esia_subject" text NOT NULL,
	"person_id" uuid NOT NULL,
	"method" "esia_link_method" NOT NULL,
	"linked_by_account_id" uuid,
	"linked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"unlinked_at" timestamp with time zone,
	"unlinked_by_account_id" uuid
);
--> statement-breakpoint
CREATE TABLE "consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"esia_subject" text NOT NULL,
	"person_id" uuid,
	"purpose" text NOT NULL,
	"scopes" text[] NOT NULL,
	"given_at" timestamp with time zone DEFAULT now() NOT NULL,
	"client_ip" text,
	"user_agent" text,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "login_flows" (
	"id_hash" text PRIMARY KEY NOT NULL,
	"state" text NOT NULL,
	"nonce" text NOT NULL,
	"code_verifier" text NOT NULL,
	"sign_in_role" text NOT NULL,
	"app" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id_hash" text PRIMARY KEY NOT NULL,
	"app" text NOT NULL,
	"stage" text NOT NULL,
	"sign_in_role" text NOT NULL,
	"esia_subject" text,
	"esia_profile" jsonb,
	"match_reason" text,
	"candidate_account_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"account_id" uuid,
	"person_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"client_ip" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"action" text NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_account_id" uuid,
	"actor_person_id" uuid,
	"esia_subject" text,
	"organisation_id" uuid,
	"target_kind" text,
	"target_id" text,
	"client_ip" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "classes" ADD CONSTRAINT "classes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_type_code_organisation_types_code_fk" FOREIGN KEY ("type_code") REFERENCES "public"."organisation_types"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parent_child_links" ADD CONSTRAINT "parent_child_links_parent_person_id_persons_id_fk" FOREIGN KEY ("parent_person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parent_child_links" ADD CONSTRAINT "parent_child_links_child_person_id_persons_id_fk" FOREIGN KEY ("child_person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_class_id_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."classes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "esia_links" ADD CONSTRAINT "esia_links_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "esia_links" ADD CONSTRAINT "esia_links_linked_by_account_id_accounts_id_fk" FOREIGN KEY ("linked_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "organisations_type_code_name_idx" ON "organisations" USING btree ("type_code","name");--> statement-breakpoint
CREATE INDEX "persons_name_key_document_key_idx" ON "persons" USING btree ("name_key","document_key");--> statement-breakpoint
CREATE INDEX "persons_name_key_snils_idx" ON "persons" USING btree ("name_key","snils");--> statement-breakpoint
CREATE INDEX "persons_snils_idx" ON "persons" USING btree ("snils");--> statement-breakpoint
CREATE INDEX "accounts_person_id_role_idx" ON "accounts" USING btree ("person_id","role");--> statement-breakpoint
CREATE INDEX "accounts_organisation_id_role_idx" ON "accounts" USING btree ("organisation_id","role");--> statement-breakpoint
CREATE UNIQUE INDEX "esia_links_active_subject_uidx" ON "esia_links" USING btree ("esia_subject") WHERE "esia_links"."unlinked_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "esia_links_active_person_uidx" ON "esia_links" USING btree ("person_id") WHERE "esia_links"."unlinked_at" is null;--> statement-breakpoint
CREATE INDEX "consents_esia_subject_purpose_idx" ON "consents" USING btree ("esia_subject","purpose");--> statement-breakpoint
CREATE INDEX "login_flows_expires_at_idx" ON "login_flows" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "sessions_expires_at_idx" ON "sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "audit_log_organisation_id_at_idx" ON "audit_log" USING btree ("organisation_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_action_at_idx" ON "audit_log" USING btree ("action","at");