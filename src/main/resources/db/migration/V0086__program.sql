-- program: the agency's own administration towards the Department (PRG-6, PRG-8, PRG-9, PRG-10):
-- protocol applications and their disposition (501.40), grievances against a denial or a removal from
-- the approved list (501.50, 501.60), the continuation-of-services plan (501.260), program innovation
-- proposals (501.310) and Department grants with budgets and quarterly expenditure documentation
-- (501.400-501.440). Program records only: no participant and no victim data.

-- 501.40: each application as submitted, with the Department's written disposition. Kept as history:
-- a renewal or a resubmission is an application of its own that names the one it follows.
create table program_protocol_application (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	kind text not null check (kind in ('INITIAL', 'RENEWAL', 'RESUBMISSION')),
	follows_id uuid references program_protocol_application (id),
	submitted_on date not null,
	signed_by text not null check (length(trim(signed_by)) > 0 and length(signed_by) <= 200),
	status text not null check (status in ('SUBMITTED', 'APPROVED', 'DENIED')),
	pasc_recommendation text check (length(pasc_recommendation) <= 2000),
	decided_on date,
	decision_letter text check (length(decision_letter) <= 300),
	approved_from date,
	renewal_notice_on date,
	renewal_due_on date,
	renewal_procedures text check (length(renewal_procedures) <= 2000),
	removed_on date,
	removal_reason text check (length(removal_reason) <= 2000),
	recorded_by_username text not null,
	recorded_at timestamptz not null,
	version bigint not null default 0,
	check ((kind = 'INITIAL') = (follows_id is null)),
	check ((status = 'SUBMITTED') = (decided_on is null)),
	check (status = 'APPROVED' or (approved_from is null and renewal_due_on is null and removed_on is null)),
	check (decided_on is null or decided_on >= submitted_on),
	check (renewal_due_on is null or approved_from is null or renewal_due_on > approved_from),
	check (removed_on is null or removed_on >= decided_on)
);
create index program_protocol_application_agency on program_protocol_application (agency_id, submitted_on);
-- 501.40(d): a denied application is resubmitted at most once; the resubmission may itself be denied
create unique index program_protocol_resubmitted_once on program_protocol_application (follows_id)
	where kind = 'RESUBMISSION';

-- 501.40(c): the areas of non-compliance the denial letter outlines, each under a Subpart B section.
create table program_denial_area (
	application_id uuid not null references program_protocol_application (id),
	position integer not null,
	agency_id uuid not null default current_agency_id() references agency (id),
	section text not null check (section ~ '^501\.[0-9]{2,3}'),
	finding text not null check (length(trim(finding)) > 0 and length(finding) <= 2000),
	primary key (application_id, position)
);

-- 501.40(d): how a resubmission addressed each area of the denial it follows.
create table program_denial_area_addressed (
	resubmission_id uuid not null references program_protocol_application (id),
	position integer not null,
	agency_id uuid not null default current_agency_id() references agency (id),
	addressed_how text not null check (length(trim(addressed_how)) > 0 and length(addressed_how) <= 2000),
	primary key (resubmission_id, position)
);

-- 501.50: a written grievance against a denial or a removal from the approved list, filed within 30
-- calendar days after it; the Department responds within 45 calendar days of receipt; final.
create table program_grievance (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	application_id uuid not null references program_protocol_application (id),
	action text not null check (action in ('DENIAL', 'REMOVAL')),
	action_on date not null,
	filed_on date not null,
	received_on date not null,
	grounds text not null check (length(trim(grounds)) > 0 and length(grounds) <= 5000),
	materials text check (length(materials) <= 2000),
	responded_on date,
	outcome text check (outcome in ('RELIEF_GRANTED', 'RELIEF_DENIED')),
	response text check (length(response) <= 5000),
	recorded_by_username text not null,
	recorded_at timestamptz not null,
	version bigint not null default 0,
	check (filed_on >= action_on and filed_on <= action_on + 30),
	check (received_on >= filed_on),
	check ((responded_on is null) = (outcome is null)),
	check (responded_on is null or responded_on >= received_on),
	-- the Department's decision on a grievance is final: one grievance per action
	unique (application_id, action)
);

-- 501.260: the agency's one plan for continuation of services in the event of temporary suspension of
-- services or closure.
create table program_continuation_plan (
	id uuid primary key,
	agency_id uuid not null unique references agency (id),
	referral_notice text not null check (length(trim(referral_notice)) > 0 and length(referral_notice) <= 5000),
	adopted_on date not null,
	next_review_on date not null,
	updated_by_username text not null,
	updated_at timestamptz not null,
	version bigint not null default 0
);

create table program_continuation_location (
	plan_id uuid not null references program_continuation_plan (id) on delete cascade,
	position integer not null,
	agency_id uuid not null default current_agency_id() references agency (id),
	name text not null check (length(trim(name)) > 0 and length(name) <= 300),
	address text not null check (length(trim(address)) > 0 and length(address) <= 500),
	arrangements text check (length(arrangements) <= 2000),
	primary key (plan_id, position)
);

-- Cooperative agreements with other PAIP providers; agreement_id names the MOU in the registry of
-- module agency (agency_agreement) when there is one.
create table program_continuation_cooperation (
	plan_id uuid not null references program_continuation_plan (id) on delete cascade,
	position integer not null,
	agency_id uuid not null default current_agency_id() references agency (id),
	provider_name text not null check (length(trim(provider_name)) > 0 and length(provider_name) <= 300),
	agreement_id uuid references agency_agreement (id),
	continuity text not null check (length(trim(continuity)) > 0 and length(continuity) <= 2000),
	primary key (plan_id, position)
);

-- Which primary referral sources (from the partner-agency directory) received the plan, when and how.
-- Append-only.
create table program_continuation_shared (
	id uuid primary key,
	plan_id uuid not null references program_continuation_plan (id),
	agency_id uuid not null default current_agency_id() references agency (id),
	partner_agency_id uuid not null references partner_agency (id),
	shared_on date not null,
	how text not null check (length(trim(how)) > 0 and length(how) <= 300),
	plan_version bigint not null,
	recorded_by_username text not null,
	recorded_at timestamptz not null
);

-- 501.310: a program innovation with the seven conditions of (a), the PASC recommendation and the
-- Department's decision of (b), and the evaluation within the accepted time limit.
create table program_innovation (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	title text not null check (length(trim(title)) > 0 and length(title) <= 300),
	written_plan text not null check (length(trim(written_plan)) > 0 and length(written_plan) <= 5000),
	reasons text not null check (length(trim(reasons)) > 0 and length(reasons) <= 5000),
	accepts_monitoring boolean not null check (accepts_monitoring),
	trial_starts_on date not null,
	time_limit_on date not null,
	evaluation_due_on date not null,
	evaluation_process text not null check (length(trim(evaluation_process)) > 0 and length(evaluation_process) <= 5000),
	principles_adherence text not null check (length(trim(principles_adherence)) > 0 and length(principles_adherence) <= 5000),
	evidence_base text not null check (length(trim(evidence_base)) > 0 and length(evidence_base) <= 5000),
	submitted_on date not null,
	pasc_recommendation text check (length(pasc_recommendation) <= 2000),
	decision text check (decision in ('APPROVED', 'DENIED')),
	decided_on date,
	evaluated_on date,
	outcome text check (outcome in ('EFFECTIVE', 'NOT_EFFECTIVE', 'INCONCLUSIVE')),
	findings text check (length(findings) <= 5000),
	recorded_by_username text not null,
	recorded_at timestamptz not null,
	version bigint not null default 0,
	check (time_limit_on > trial_starts_on),
	check (evaluation_due_on > trial_starts_on and evaluation_due_on <= time_limit_on),
	check ((decision is null) = (decided_on is null)),
	check ((outcome is null) = (evaluated_on is null)),
	check (outcome is null or decision = 'APPROVED')
);

-- 501.400-501.440: a Department grant agreement, its budget lines with their justification, the
-- expenditures documented per quarter, and the quarters whose Summary Expenditure Documentation was
-- sent.
create table program_grant (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	funder text not null check (length(trim(funder)) > 0 and length(funder) <= 300),
	agreement_number text not null check (length(trim(agreement_number)) > 0 and length(agreement_number) <= 100),
	starts_on date not null,
	ends_on date not null,
	amount_requested numeric(12, 2) check (amount_requested > 0),
	amount_awarded numeric(12, 2) not null check (amount_awarded > 0),
	signed_on date not null,
	report_due_days integer not null check (report_due_days between 1 and 120),
	recorded_by_username text not null,
	recorded_at timestamptz not null,
	version bigint not null default 0,
	check (ends_on > starts_on),
	unique (agency_id, agreement_number)
);

create table program_grant_line (
	id uuid primary key,
	grant_id uuid not null references program_grant (id),
	agency_id uuid not null default current_agency_id() references agency (id),
	position integer not null,
	code text not null check (length(trim(code)) > 0 and length(code) <= 40),
	name text not null check (length(trim(name)) > 0 and length(name) <= 200),
	budgeted numeric(12, 2) not null check (budgeted >= 0),
	justification text not null check (length(trim(justification)) > 0 and length(justification) <= 2000),
	unique (grant_id, code)
);

create table program_grant_expenditure (
	id uuid primary key,
	grant_id uuid not null references program_grant (id),
	line_id uuid not null references program_grant_line (id),
	agency_id uuid not null default current_agency_id() references agency (id),
	quarter integer not null check (quarter >= 1),
	spent_on date not null,
	payee text not null check (length(trim(payee)) > 0 and length(payee) <= 200),
	description text not null check (length(trim(description)) > 0 and length(description) <= 500),
	amount numeric(12, 2) not null check (amount > 0),
	document_ref text not null check (length(trim(document_ref)) > 0 and length(document_ref) <= 200),
	recorded_by_username text not null,
	recorded_at timestamptz not null
);
create index program_grant_expenditure_quarter on program_grant_expenditure (grant_id, quarter);

create table program_grant_quarter_sent (
	grant_id uuid not null references program_grant (id),
	quarter integer not null check (quarter >= 1),
	agency_id uuid not null default current_agency_id() references agency (id),
	sent_on date not null,
	recorded_by_username text not null,
	recorded_at timestamptz not null,
	primary key (grant_id, quarter)
);

do $$
declare
	t text;
begin
	foreach t in array array['program_protocol_application', 'program_denial_area', 'program_denial_area_addressed',
			'program_grievance', 'program_continuation_plan', 'program_continuation_location',
			'program_continuation_cooperation', 'program_continuation_shared', 'program_innovation', 'program_grant',
			'program_grant_line', 'program_grant_expenditure', 'program_grant_quarter_sent']
	loop
		execute format('alter table %I enable row level security', t);
		execute format('alter table %I force row level security', t);
		execute format('create policy %I on %I using (agency_id = current_agency_id()) '
				'with check (agency_id = current_agency_id())', t || '_isolation', t);
		execute format('grant select, insert, update on %I to paip_app', t);
	end loop;
end
$$;
-- A plan's locations and cooperative agreements are rewritten with the plan.
grant delete on program_continuation_location, program_continuation_cooperation to paip_app;
-- Budget lines without expenditures can be taken out of a grant.
grant delete on program_grant_line to paip_app;
