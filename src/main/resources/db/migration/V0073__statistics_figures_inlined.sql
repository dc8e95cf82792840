-- statistics (issue 6 benchmark, target: the 501.170 report within 1.3 times hand-written SQL).
-- statistics_figures used to count every figure over the materialised result of statistics_members,
-- one row per attendance line for (i) included: a function with a SET clause is never inlined, so
-- PostgreSQL wrote the whole union to a tuple store before counting. Now statistics_members has no
-- SET clause (it runs as the caller, with no privileges of its own, so the caller's search_path is
-- no risk) and is inlined where it is called: a filter on the figure prunes the other branches at
-- plan time. statistics_figures counts (a)-(h) and (k) from the members without (i), and sums (i)
-- from the members of (i) alone, grouped per participant first so that counting them stays cheap.
-- Same rows, same values: StatisticsIntegrationTests and the benchmark's raw-SQL check.

-- The body of V0045 stays as it is; only its SET clause goes.
alter function statistics_members(date, date, text) reset search_path;

-- Each figure by category, and its total (category null): people counted once per figure, hours summed.
create or replace function statistics_figures(p_from date, p_to date, p_zone text)
	returns table (figure text, category text, participants bigint, amount numeric)
	language sql stable set search_path = public
	as $$
select m.figure, m.category, count(distinct m.participant_id), sum(m.amount)
	from statistics_members(p_from, p_to, p_zone) m
	where m.figure <> 'i'
	group by grouping sets ((m.figure, m.category), (m.figure))
union all
select h.figure, h.category, count(distinct h.participant_id), sum(h.amount)
	from (select m.figure, m.category, m.participant_id, sum(m.amount) as amount
		from statistics_members(p_from, p_to, p_zone) m
		where m.figure = 'i'
		group by m.figure, m.category, m.participant_id) h
	-- Not the empty grouping set: with no hours at all there is no (i) row, as before.
	group by grouping sets ((h.figure, h.category), (h.figure))
$$;
