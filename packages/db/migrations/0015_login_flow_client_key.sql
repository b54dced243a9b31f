ALTER TABLE "login_flows" ADD COLUMN "client_key" text;--> statement-breakpoint
CREATE INDEX "login_flows_client_key_created_at_idx" ON "login_flows" USING btree ("client_key","created_at");