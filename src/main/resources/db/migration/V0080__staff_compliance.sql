-- staff: compliance follow-up (PRG-1..PRG-3). The 501.290(b) training plan and the day each
-- abuser-services training went to the Department; when a person left; reminders sent by email,
-- one per finding, deadline and threshold.
alter table staff add column training_plan_submitted_on date;
alter table staff add column left_on date;
alter table staff_training add column sent_to_department_on date;

create table staff_reminder (
	agency_id uuid not null references agency (id),
	staff_id uuid not null references staff (id) on delete cascade,
	item_key text not null,
	threshold text not null check (threshold in ('DAYS_30', 'DAYS_7', 'OVERDUE')),
	sent_at timestamptz not null,
	recipients int not null check (recipients > 0),
	primary key (agency_id, staff_id, item_key, threshold)
);

alter table staff_reminder enable row level security;
alter table staff_reminder force row level security;
create policy staff_reminder_isolation on staff_reminder
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert, delete on staff_reminder to paip_app;
