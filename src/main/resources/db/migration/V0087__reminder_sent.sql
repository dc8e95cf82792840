-- The reminders sent by email, of every source (staff compliance, program dates): one row per
-- item, deadline and threshold, written before the message leaves so that a reminder goes out
-- once, also with two application nodes. Replaces staff_reminder; its rows are kept under the
-- source 'staff' with the staff id in front of the item key.
create table reminder_sent (
	agency_id uuid not null references agency (id),
	source text not null,
	item_key text not null,
	threshold text not null check (threshold in ('DAYS_30', 'DAYS_7', 'OVERDUE')),
	sent_at timestamptz not null,
	recipients int not null check (recipients > 0),
	primary key (agency_id, source, item_key, threshold)
);

insert into reminder_sent (agency_id, source, item_key, threshold, sent_at, recipients)
select agency_id, 'staff', staff_id::text || '|' || item_key, threshold, sent_at, recipients from staff_reminder;
drop table staff_reminder;

alter table reminder_sent enable row level security;
alter table reminder_sent force row level security;
create policy reminder_sent_isolation on reminder_sent
	using (agency_id = current_agency_id()) with check (agency_id = current_agency_id());
grant select, insert, delete on reminder_sent to paip_app;
