ALTER TYPE "public"."account_role" ADD VALUE 'responsible';--> statement-breakpoint
ALTER TYPE "public"."account_role" ADD VALUE 'regional-admin';