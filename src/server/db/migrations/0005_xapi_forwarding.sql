CREATE TABLE "partner_lrs" (
	"organisation" text PRIMARY KEY NOT NULL,
	"endpoint" text NOT NULL,
	"username" text NOT NULL,
	"password" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "xapi_forwarding_log" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation" text NOT NULL,
	"cohort_id" uuid NOT NULL,
	"actor" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"statement_count" integer NOT NULL,
	"status" text NOT NULL,
	"attempts" integer NOT NULL,
	"http_status" integer,
	"detail" text,
	CONSTRAINT "xapi_forwarding_log_status" CHECK ("xapi_forwarding_log"."status" in ('sent', 'failed'))
);
--> statement-breakpoint
CREATE INDEX "xapi_forwarding_log_cohort" ON "xapi_forwarding_log" USING btree ("organisation","cohort_id","at");