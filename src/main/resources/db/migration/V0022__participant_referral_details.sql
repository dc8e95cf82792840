-- participant: what the referral papers say (PAR-1, 501.115(b)(2)): the referring office from the
-- agency directory and its contact, the charge, the offence, the order of protection and the dates
-- the referral source set. Nothing here comes from the victim.
alter table participant
	add column referring_agency_id uuid references partner_agency (id),
	add column referring_contact text,
	add column charge_type text,
	add column offence_description text,
	add column order_of_protection text,
	add column next_court_date date,
	add column report_due_on date;
