CREATE TABLE "cohort_assignments" (
	"cohort_id" uuid NOT NULL,
	"organisation" text NOT NULL,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	"assigned_by" text NOT NULL,
	CONSTRAINT "cohort_assignments_cohort_id_organisation_pk" PRIMARY KEY("cohort_id","organisation")
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "destination" text;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "cities" jsonb DEFAULT '[]'::jsonb NOT NULL;