CREATE TABLE "audit_log_organisations" (
	"organisation_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"entry_id" bigint NOT NULL,
	CONSTRAINT "audit_log_organisations_organisation_id_at_entry_id_pk" PRIMARY KEY("organisation_id","at","entry_id")
);
--> statement-breakpoint
DROP INDEX "audit_log_organisation_id_at_idx";--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "concerned_person_ids" uuid[];--> statement-breakpoint
-- Files every new entry under the organisation it was done in and under every organisation of
-- the cards it is about, whoever writes it.
CREATE OR REPLACE FUNCTION audit_log_file_under_organisations() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  target_person uuid;
BEGIN
  -- Entries outlive what they mention, so a target id is only text: cast only what is a uuid.
  IF NEW.target_kind = 'person' AND NEW.target_id ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN
    target_person := NEW.target_id::uuid;
  END IF;
  INSERT INTO audit_log_organisations (organisation_id, at, entry_id)
  SELECT DISTINCT filed.organisation_id, NEW.at, NEW.id
  FROM (
    SELECT NEW.organisation_id AS organisation_id WHERE NEW.organisation_id IS NOT NULL
    UNION ALL
    SELECT a.organisation_id FROM accounts a WHERE a.person_id = target_person OR a.person_id = ANY (NEW.concerned_person_ids)
  ) AS filed;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER audit_log_file_under_organisations AFTER INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_file_under_organisations();--> statement-breakpoint
-- Append-only like the log it indexes.
CREATE TRIGGER audit_log_organisations_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_log_organisations FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();--> statement-breakpoint
CREATE TRIGGER audit_log_organisations_no_truncate BEFORE TRUNCATE ON audit_log_organisations FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();--> statement-breakpoint
-- Earlier entries: the organisation they were filed under, and for an entry about a card every
-- organisation the card has an account in today.
INSERT INTO audit_log_organisations (organisation_id, at, entry_id)
SELECT organisation_id, at, id FROM audit_log WHERE organisation_id IS NOT NULL
UNION
SELECT a.organisation_id, l.at, l.id
FROM audit_log l
JOIN accounts a ON l.target_kind = 'person' AND a.person_id::text = l.target_id;
