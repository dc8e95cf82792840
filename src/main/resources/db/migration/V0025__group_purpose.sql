-- group: what a group is for (PAR-11). PROGRAM groups are the 501.90 program; FOLLOW_UP groups are the
-- ongoing groups of 501.240 for people who completed their contract, whose attendance does not count toward
-- the 24 sessions and 36 hours of 501.90(a). Groups set up before this are program groups.
alter table program_group add column purpose text not null default 'PROGRAM'
	check (purpose in ('PROGRAM', 'FOLLOW_UP'));
