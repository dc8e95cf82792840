-- breakglass: time-boxed emergency access to a participant's clinical screening (501.115(b)(9)-(10))
-- for staff normally refused it, with a mandatory reason, an alert to the directors and a review by a
-- director other than the requester (HIPAA 164.312(a)(2)(ii), ADR 0023). Never the victim compartment.
create table break_glass (
	id uuid primary key,
	agency_id uuid not null references agency (id),
	participant_id uuid not null references participant (id),
	scope text not null check (scope in ('CLINICAL_SCREENING')),
	requested_by uuid not null references staff (id),
	requested_by_username text not null,
	reason text not null check (length(reason) between 20 and 2000),
	granted_at timestamptz not null,
	expires_at timestamptz not null,
	alerted int not null default 0,
	reviewed_by uuid references staff (id),
	reviewed_by_username text,
	reviewed_at timestamptz,
	review_outcome text check (review_outcome in ('JUSTIFIED', 'NOT_JUSTIFIED', 'FOLLOW_UP_NEEDED')),
	review_note text,
	version bigint not null default 0,
	check (expires_at > granted_at),
	check ((reviewed_at is null) = (review_outcome is null)),
	check (reviewed_by is null or reviewed_by <> requested_by)
);
create index break_glass_agency_granted on break_glass (agency_id, granted_at desc);
create index break_glass_open on break_glass (agency_id, requested_by, participant_id, expires_at);

alter table break_glass enable row level security;
alter table break_glass force row level security;
create policy break_glass_isolation on break_glass
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert, update on break_glass to paip_app;
