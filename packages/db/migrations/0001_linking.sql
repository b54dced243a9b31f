CREATE TABLE "legacy_sign_in_attempts" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "legacy_sign_in_attempts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"login_key" text NOT NULL,
	"client_ip" text,
	"succeeded" boolean NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "login_flows" ADD COLUMN "purpose" text DEFAULT 'sign-in' NOT NULL;--> statement-breakpoint
ALTER TABLE "login_flows" ADD COLUMN "session_id_hash" text;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "sign_in_method" text DEFAULT 'esia' NOT NULL;--> statement-breakpoint
CREATE INDEX "legacy_sign_in_attempts_login_key_at_idx" ON "legacy_sign_in_attempts" USING btree ("login_key","at");--> statement-breakpoint
CREATE INDEX "legacy_sign_in_attempts_client_ip_at_idx" ON "legacy_sign_in_attempts" USING btree ("client_ip","at");