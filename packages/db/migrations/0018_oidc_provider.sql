CREATE TABLE "oidc_client_sign_ins" (
	"grant_id" text PRIMARY KEY NOT NULL,
	"client_id" text NOT NULL,
	"person_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"session_id_hash" text NOT NULL,
	"provider_session_uid" text,
	"sid" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	"logout_attempts" integer DEFAULT 0 NOT NULL,
	"logout_next_attempt_at" timestamp with time zone,
	"logout_lease_until" timestamp with time zone,
	"logout_delivered_at" timestamp with time zone,
	"logout_last_error" text
);
--> statement-breakpoint
CREATE TABLE "oidc_clients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" text NOT NULL,
	"name" text NOT NULL,
	"redirect_uris" text[] NOT NULL,
	"post_logout_redirect_uris" text[] DEFAULT '{}'::text[] NOT NULL,
	"back_channel_logout_uri" text,
	"start_url" text,
	"scopes" text[] NOT NULL,
	"trusted" boolean NOT NULL,
	"auth_method" text NOT NULL,
	"secret_hash" text,
	"secret_prefix" text,
	"jwks" jsonb,
	"pairwise" boolean DEFAULT false NOT NULL,
	"created_by_account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"secret_rotated_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"last_sign_in_at" timestamp with time zone,
	CONSTRAINT "oidc_clients_client_id_unique" UNIQUE("client_id"),
	CONSTRAINT "oidc_clients_secret_hash_unique" UNIQUE("secret_hash")
);
--> statement-breakpoint
CREATE TABLE "oidc_consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"client_id" text NOT NULL,
	"scopes" text[] NOT NULL,
	"given_at" timestamp with time zone DEFAULT now() NOT NULL,
	"client_ip" text,
	"user_agent" text,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "oidc_provider_entries" (
	"model" text NOT NULL,
	"id" text NOT NULL,
	"payload" jsonb NOT NULL,
	"grant_id" text,
	"uid" text,
	"expires_at" timestamp with time zone,
	CONSTRAINT "oidc_provider_entries_model_id_pk" PRIMARY KEY("model","id")
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "previous_esia_sign_in_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "login_flows" ADD COLUMN "client_interaction" text;--> statement-breakpoint
ALTER TABLE "oidc_client_sign_ins" ADD CONSTRAINT "oidc_client_sign_ins_client_id_oidc_clients_client_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."oidc_clients"("client_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oidc_client_sign_ins" ADD CONSTRAINT "oidc_client_sign_ins_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oidc_client_sign_ins" ADD CONSTRAINT "oidc_client_sign_ins_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oidc_clients" ADD CONSTRAINT "oidc_clients_created_by_account_id_accounts_id_fk" FOREIGN KEY ("created_by_account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oidc_consents" ADD CONSTRAINT "oidc_consents_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oidc_consents" ADD CONSTRAINT "oidc_consents_client_id_oidc_clients_client_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."oidc_clients"("client_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "oidc_client_sign_ins_session_idx" ON "oidc_client_sign_ins" USING btree ("session_id_hash");--> statement-breakpoint
CREATE INDEX "oidc_client_sign_ins_logout_due_idx" ON "oidc_client_sign_ins" USING btree ("logout_next_attempt_at") WHERE "oidc_client_sign_ins"."ended_at" is not null and "oidc_client_sign_ins"."logout_delivered_at" is null;--> statement-breakpoint
CREATE INDEX "oidc_clients_created_at_idx" ON "oidc_clients" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "oidc_consents_person_client_idx" ON "oidc_consents" USING btree ("person_id","client_id");--> statement-breakpoint
CREATE INDEX "oidc_provider_entries_grant_id_idx" ON "oidc_provider_entries" USING btree ("grant_id");--> statement-breakpoint
CREATE INDEX "oidc_provider_entries_uid_idx" ON "oidc_provider_entries" USING btree ("uid");--> statement-breakpoint
CREATE INDEX "oidc_provider_entries_expires_at_idx" ON "oidc_provider_entries" USING btree ("expires_at");