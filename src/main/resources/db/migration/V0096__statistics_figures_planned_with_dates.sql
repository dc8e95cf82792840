-- statistics (issue 6 benchmark, target: the 501.170 report within 1.3 times hand-written SQL). Three
-- changes measured as PostgreSQL CPU time per report of the benchmark's largest agency (small scale):
-- 470 ms before, 365 ms after, against 300 ms for the hand-written statement.
-- 1. statistics_figures has no SET clause any more, so PostgreSQL inlines it into the caller's query and
--    plans it with the period's dates (a function with a SET clause is planned once for any dates). It
--    runs as the caller with no privileges of its own, like statistics_members since V0073.
-- 2. (i) service hours are summed per category before the totals: the report reads only the hours of (i),
--    so its participants column is now null instead of counting the people behind every attendance row.
-- 3. (b) screenings completed and (c) eligibility decisions compare the stored instant with the period's
--    first and last instant in the program's time zone, not each row converted to a local date: the same
--    rows, without a time zone conversion per row.
-- Same figures: StatisticsIntegrationTests and the benchmark's raw-SQL check.

create or replace function statistics_members(p_from date, p_to date, p_zone text)
	returns table (figure text, category text, participant_id uuid, amount numeric)
	language sql stable
	as $$
with active as (
	-- 501.170(d): started before the period ended and not ended, transferred out or terminated before it began.
	select p.id, p.date_of_birth, p.program_start_date
	from participant p
	where p.agency_id = current_agency_id()
		and p.program_start_date <= p_to
		and not exists (select 1 from completion_outcome o
			where o.agency_id = current_agency_id() and o.participant_id = p.id and o.ended_on < p_from)
		and not (p.stage = 'TRANSFERRED_OUT' and p.stage_changed_on < p_from)
)
-- (a) referrals by referral source
select 'a', p.referral_source, p.id, 1::numeric from participant p
	where p.agency_id = current_agency_id() and p.referred_on between p_from and p_to
union all
-- (b) intake screenings completed
select 'b', 'ALL', s.participant_id, 1 from intake_screening s
	where s.agency_id = current_agency_id() and s.completed_at >= (p_from::timestamp at time zone p_zone)
		and s.completed_at < ((p_to + 1)::timestamp at time zone p_zone)
union all
-- (c) refused entry: referrals rejected with a coded reason (501.230(a)) ...
select 'c', d.rejection_reason, d.participant_id, 1 from participant_referral_decision d
	where d.agency_id = current_agency_id() and d.outcome = 'REJECTED' and d.decided_on between p_from and p_to
union all
-- ... and eligibility decisions other than eligible that no later decision superseded (501.125)
select 'c', e.decided_outcome, e.participant_id, 1 from eligibility_decision e
	where e.agency_id = current_agency_id() and e.decided_outcome <> 'ELIGIBLE'
		and e.decided_at >= (p_from::timestamp at time zone p_zone)
		and e.decided_at < ((p_to + 1)::timestamp at time zone p_zone)
		and not exists (select 1 from eligibility_decision n
			where n.agency_id = current_agency_id() and n.supersedes_id = e.id)
union all
-- (d) new and ongoing participants
select 'd', case when a.program_start_date >= p_from then 'NEW' else 'ONGOING' end, a.id, 1 from active a
union all
-- (e) terminated, (f) completed
select case o.outcome when 'TERMINATED' then 'e' else 'f' end, 'ALL', o.participant_id, 1 from completion_outcome o
	where o.agency_id = current_agency_id() and o.ended_on between p_from and p_to
union all
-- (g) re-arrested during the program, by offence category
select 'g', r.offence_category, r.participant_id, 1 from statistics_rearrest r
	where r.agency_id = current_agency_id() and r.arrested_on between p_from and p_to
union all
-- (h) referred to other resources, by category
select 'h', c.category, c.participant_id, 1 from coordination_outgoing_referral c
	where c.agency_id = current_agency_id() and c.referred_on between p_from and p_to
union all
-- (i) service hours: participant hours in group sessions and individual sessions
select 'i', 'GROUP', g.participant_id, g.hours from group_attendance g
	join group_session gs on gs.id = g.session_id and gs.agency_id = current_agency_id()
	where g.agency_id = current_agency_id() and g.hours > 0 and gs.held_on between p_from and p_to
union all
select 'i', 'INDIVIDUAL', i.participant_id, round(i.minutes / 60.0, 2) from group_individual_session i
	where i.agency_id = current_agency_id() and i.held_on between p_from and p_to
union all
-- (k)(2) age at program start, in bands
select 'k2', case
		when age < 18 then 'UNDER_18' when age < 25 then 'AGE_18_24' when age < 35 then 'AGE_25_34'
		when age < 45 then 'AGE_35_44' when age < 55 then 'AGE_45_54' else 'AGE_55_OR_OVER' end, id, 1
	from (select a.id, extract(year from age(a.program_start_date, a.date_of_birth)) as age from active a) ages
union all
-- (k)(1), (3)-(7) from the intake screening answers of the participants of (d)
select f.figure, case
		when nullif(trim(ans.answer), '') is null then 'NOT_RECORDED'
		when f.figure = 'k7' and ans.answer ~ '^[0-9]+$' and ans.answer::int >= 4 then 'FOUR_OR_MORE'
		else trim(ans.answer) end, a.id, 1
	from active a
	cross join (values ('k1', 'educationLevel'), ('k3', 'raceEthnicity'), ('k4', 'employment'),
		('k5', 'relationshipToVictim'), ('k6', 'maritalStatus'), ('k7', 'numberOfChildren')) f (figure, field_code)
	left join intake_screening s on s.agency_id = current_agency_id() and s.participant_id = a.id
	left join intake_screening_answer ans
		on ans.agency_id = current_agency_id() and ans.screening_id = s.id and ans.field_code = f.field_code
$$;

-- Each figure by category, and its total (category null): people counted once per figure, hours summed
-- ((i) by hours only, participants null).
create or replace function statistics_figures(p_from date, p_to date, p_zone text)
	returns table (figure text, category text, participants bigint, amount numeric)
	language sql stable
	as $$
select m.figure, m.category, count(distinct m.participant_id), sum(m.amount)
	from statistics_members(p_from, p_to, p_zone) m
	where m.figure <> 'i'
	group by grouping sets ((m.figure, m.category), (m.figure))
union all
select h.figure, h.category, null, sum(h.amount)
	from (select m.figure, m.category, sum(m.amount) as amount
		from statistics_members(p_from, p_to, p_zone) m
		where m.figure = 'i'
		group by m.figure, m.category) h
	-- Not the empty grouping set: with no hours at all there is no (i) row, as before.
	group by grouping sets ((h.figure, h.category), (h.figure))
$$;
