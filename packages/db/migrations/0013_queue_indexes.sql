DROP INDEX "access_requests_organisation_created_at_id_idx";--> statement-breakpoint
CREATE INDEX "access_requests_created_at_id_idx" ON "access_requests" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "access_requests_organisation_created_at_id_idx" ON "access_requests" USING btree ("organisation_id","created_at","id");