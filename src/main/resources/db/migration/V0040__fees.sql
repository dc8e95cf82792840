-- fees: the agency fee policy (501.270) and each participant's fee ledger (501.155: the fee is in
-- the contract). Policies, assessments and ledger entries are append-only: a new policy version, a
-- new assessment, a reversing entry; the application may insert and read, never change or delete.
create table fee_policy (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	version_number int not null check (version_number > 0),
	effective_from date not null,
	minimum_fee numeric(12, 2) not null check (minimum_fee >= 0),
	waiver_requirements text not null check (length(trim(waiver_requirements)) > 0),
	participant_text text not null check (length(trim(participant_text)) > 0),
	written_at timestamptz not null,
	written_by_staff_id uuid,
	written_by_username text not null,
	unique (agency_id, version_number)
);

create table fee_policy_band (
	policy_id uuid not null references fee_policy (id),
	agency_id uuid not null references agency (id),
	position int not null,
	household_from int not null check (household_from > 0),
	household_to int check (household_to >= household_from),
	income_from numeric(12, 2) not null check (income_from >= 0),
	income_to numeric(12, 2) check (income_to >= income_from),
	fee numeric(12, 2) not null check (fee >= 0),
	primary key (policy_id, position)
);

create table fee_assessment (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	participant_id uuid not null references participant (id),
	policy_id uuid not null references fee_policy (id),
	assessed_on date not null,
	household_size int not null check (household_size > 0),
	monthly_income numeric(12, 2) not null check (monthly_income >= 0),
	scale_fee numeric(12, 2) not null check (scale_fee >= 0),
	adjustment text not null check (adjustment in ('NONE', 'REDUCTION', 'WAIVER')),
	reduction_percent int check (reduction_percent between 1 and 99),
	adjustment_reason text,
	fee_per_session numeric(12, 2) not null check (fee_per_session >= 0),
	assessed_by_staff_id uuid,
	assessed_by_username text not null,
	recorded_at timestamptz not null,
	check (adjustment = 'NONE' or length(trim(adjustment_reason)) > 0)
);
create index fee_assessment_participant on fee_assessment (agency_id, participant_id, assessed_on desc, recorded_at desc);

-- One row per entry; amount is the effect on the balance: charges add, payments, waivers and
-- reversals of charges subtract.
create table fee_ledger_entry (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	participant_id uuid not null references participant (id),
	kind text not null check (kind in ('SESSION_CHARGE', 'OTHER_CHARGE', 'PAYMENT', 'WAIVER', 'REVERSAL')),
	entry_date date not null,
	amount numeric(12, 2) not null check (amount <> 0),
	description text,
	session_id uuid,
	payment_method text,
	receipt_number bigint,
	reverses_id uuid references fee_ledger_entry (id),
	reason text,
	recorded_at timestamptz not null,
	recorded_by_staff_id uuid,
	recorded_by_username text not null,
	unique (agency_id, receipt_number),
	check ((kind = 'PAYMENT') = (receipt_number is not null)),
	check (kind <> 'WAIVER' or length(trim(reason)) > 0)
);
create index fee_ledger_entry_participant on fee_ledger_entry (agency_id, participant_id, entry_date, recorded_at);
create index fee_ledger_entry_session on fee_ledger_entry (agency_id, session_id) where session_id is not null;

-- Receipt numbers run 1, 2, 3... per agency without gaps: the row lock serialises payments.
create table fee_receipt_counter (
	agency_id uuid primary key references agency (id),
	last_number bigint not null
);

alter table fee_policy enable row level security;
alter table fee_policy force row level security;
create policy fee_policy_isolation on fee_policy
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert on fee_policy to paip_app;

alter table fee_policy_band enable row level security;
alter table fee_policy_band force row level security;
create policy fee_policy_band_isolation on fee_policy_band
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert on fee_policy_band to paip_app;

alter table fee_assessment enable row level security;
alter table fee_assessment force row level security;
create policy fee_assessment_isolation on fee_assessment
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert on fee_assessment to paip_app;

alter table fee_ledger_entry enable row level security;
alter table fee_ledger_entry force row level security;
create policy fee_ledger_entry_isolation on fee_ledger_entry
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert on fee_ledger_entry to paip_app;

alter table fee_receipt_counter enable row level security;
alter table fee_receipt_counter force row level security;
create policy fee_receipt_counter_isolation on fee_receipt_counter
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert, update on fee_receipt_counter to paip_app;
