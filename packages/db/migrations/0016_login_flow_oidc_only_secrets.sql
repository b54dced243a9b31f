ALTER TABLE "login_flows" ALTER COLUMN "nonce" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "login_flows" ALTER COLUMN "code_verifier" DROP NOT NULL;