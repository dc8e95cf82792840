package org.paipmanager.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a synthetic statewide year of PAIP operation into an empty, migrated database,
 * as the table owner and inside PostgreSQL (generate_series), so 26M attendance rows take
 * minutes, not hours.
 * <p>
 * Every value comes from a hash of (seed, stream, number), never from a random generator
 * with state, so the same seed gives the same rows whatever the order or parallelism of
 * the statements. Ids are md5-derived UUIDs: spread over the index like the app's random
 * ones. Rows are written week by week, as a year of recording would lay them out on disk.
 * <p>
 * The model: agencies of skewed size (a few large urban programs, many small ones), each
 * with facilitators in pairs who run about three weekly groups; each group has up to 15
 * seats of one gender; each seat holds one participant after another (completers stay 29
 * to 40 weeks, terminated ones 4 to 17, the last ones still enrolled on the as-of date);
 * a session every week a seat is filled; attendance mostly present, some late, absent,
 * excused or removed, and terminated participants absent for their last three weeks. The
 * rest of the participants are before any group: referred, in screening, eligible or not
 * admitted. Groups start filling during the 80 weeks before the year, so everyone active
 * in the year has their whole attendance history.
 */
final class StatewideDataSet {

	/** Bumped whenever the generated rows change, so a kept data set is regenerated. */
	static final int GENERATOR_VERSION = 2;

	/** The Sunday that ends the generated year; benchmarks record the weeks after it. */
	static final LocalDate AS_OF = LocalDate.of(2026, 6, 28);

	/** Monday of week 0; week 51 is the last generated week. */
	static final LocalDate WEEK_ZERO = LocalDate.of(2025, 6, 30);

	static final int LAST_WEEK = 51;

	private static final int LEAD_WEEKS = 80;

	private static final String FIRST_MALE = "'James','Michael','Robert','John','David','William','Richard','Joseph','Thomas','Christopher',"
			+ "'Charles','Daniel','Matthew','Anthony','Mark','Donald','Steven','Andrew','Paul','Joshua','Kenneth','Kevin','Brian',"
			+ "'Timothy','Ronald','Jason','George','Edward','Jeffrey','Ryan','Jacob','Nicholas','Gary','Eric','Jonathan','Stephen',"
			+ "'Larry','Justin','Scott','Brandon','Jose','Luis','Carlos','Juan','Miguel','Jorge','DeShawn','Marcus','Tyrone','Andre'";

	private static final String FIRST_FEMALE = "'Mary','Patricia','Jennifer','Linda','Elizabeth','Barbara','Susan','Jessica','Karen','Sarah',"
			+ "'Lisa','Nancy','Sandra','Ashley','Emily','Kimberly','Betty','Margaret','Donna','Michelle','Carol','Amanda','Melissa',"
			+ "'Deborah','Stephanie','Rebecca','Sharon','Laura','Cynthia','Amy','Maria','Rosa','Guadalupe','Ana','Latoya','Keisha'";

	private static final String LAST = "'Smith','Johnson','Williams','Brown','Jones','Garcia','Miller','Davis','Rodriguez','Martinez',"
			+ "'Hernandez','Lopez','Gonzalez','Wilson','Anderson','Thomas','Taylor','Moore','Jackson','Martin','Lee','Perez',"
			+ "'Thompson','White','Harris','Sanchez','Clark','Ramirez','Lewis','Robinson','Walker','Young','Allen','King','Wright',"
			+ "'Scott','Torres','Nguyen','Hill','Flores','Green','Adams','Nelson','Baker','Hall','Rivera','Campbell','Mitchell',"
			+ "'Carter','Roberts','Kowalski','Nowak','Schmidt','Mueller','Olson','Peterson','Washington','Jefferson','Murphy','Kelly'";

	private static final String COUNTIES = "'Cook','DuPage','Lake','Will','Kane','McHenry','Winnebago','Madison','St. Clair','Champaign',"
			+ "'Sangamon','Peoria','McLean','Rock Island','Tazewell','Kendall','LaSalle','Kankakee','Macon','DeKalb','Vermilion',"
			+ "'Williamson','Adams','Jackson','Coles','Knox','Whiteside','Ogle','Grundy','Stephenson','Boone','Henry','Franklin'";

	private final Connection owner;

	private final Scale scale;

	private final long seed;

	private final Map<String, Double> stepSeconds = new LinkedHashMap<>();

	StatewideDataSet(Connection owner, Scale scale, long seed) {
		this.owner = owner;
		this.scale = scale;
		this.seed = seed;
	}

	/** Seconds each step took, in order. */
	Map<String, Double> stepSeconds() {
		return this.stepSeconds;
	}

	static LocalDate day(int week, int weekdayOffset) {
		return WEEK_ZERO.plusDays(7L * week + weekdayOffset);
	}

	void generate() throws SQLException {
		this.owner.setAutoCommit(true);
		try (Statement sql = this.owner.createStatement()) {
			// The rows are consistent by construction (checked afterwards): skip per-row
			// foreign-key triggers, which would otherwise dominate the load.
			sql.execute("set session_replication_role = replica");
			sql.execute("set synchronous_commit = off");
			sql.execute("set work_mem = '256MB'");
			sql.execute("set maintenance_work_mem = '1GB'");
			step("functions", helperFunctions());
			step("agencies", agencies());
			step("staff", staff());
			step("groups", groups());
			step("seats", seats());
			step("participants", participants());
			step("memberships", memberships());
			step("sessions", sessions());
			step("statistics records", statisticsRecords());
			List<String[]> indexes = dropIndexes("group_attendance");
			attendance();
			long started = System.nanoTime();
			for (String[] index : indexes) {
				sql.execute(index[1]);
			}
			record("attendance indexes", started);
			sql.execute("set session_replication_role = origin");
			started = System.nanoTime();
			sql.execute("vacuum (analyze)");
			record("vacuum analyze", started);
		}
	}

	/** Runs checks of the rules the app enforces and of referential integrity. */
	Map<String, Long> check() throws SQLException {
		Map<String, Long> problems = new LinkedHashMap<>();
		long started = System.nanoTime();
		problems.put("groups over capacity or 15",
				count("""
						select count(*) from (select group_id, count(*) open from group_membership where left_on is null group by 1) m
						join program_group g on g.id = m.group_id where m.open > least(g.capacity, 15)"""));
		problems.put("groups mixing genders",
				count("""
						select count(*) from (select m.group_id from group_membership m join participant p on p.id = m.participant_id
						where m.left_on is null group by 1 having count(distinct p.gender) > 1) x"""));
		problems.put("participants in another agency's group", count("""
				select count(*) from group_membership m join participant p on p.id = m.participant_id
				where p.agency_id <> m.agency_id"""));
		problems.put("attendance without its session",
				count("""
						select count(*) from group_attendance a where not exists (select 1 from group_session s where s.id = a.session_id)"""));
		problems.put("attendance without its participant",
				count("""
						select count(*) from group_attendance a where not exists (select 1 from participant p where p.id = a.participant_id)"""));
		problems.put("sessions without their group",
				count("""
						select count(*) from group_session s where not exists (select 1 from program_group g where g.id = s.group_id)"""));
		record("checks", started);
		return problems;
	}

	/** A digest of the generated rows: equal digests mean identical data sets. */
	String fingerprint() throws SQLException {
		try (Statement sql = this.owner.createStatement();
				ResultSet rs = sql.executeQuery(
						"""
								select md5(concat_ws('|',
								  (select count(*) || ':' || sum(hours) || ':' || count(*) filter (where status = 'PRESENT') from group_attendance),
								  (select md5(string_agg(id || stage || referred_on, ',' order by id)) from participant),
								  (select md5(string_agg(id || group_id::text || held_on, ',' order by id)) from group_session),
								  (select md5(string_agg(participant_id || status || hours, ',' order by session_id, participant_id))
								     from group_attendance where participant_id in (select id from participant order by id limit 500))))""")) {
			rs.next();
			return rs.getString(1);
		}
	}

	Map<String, Long> rowCounts() throws SQLException {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : List.of("agency", "staff", "program_group", "participant", "group_membership",
				"group_session", "group_attendance", "completion_outcome", "intake_screening",
				"intake_screening_answer", "eligibility_decision", "participant_referral_decision",
				"statistics_rearrest", "coordination_outgoing_referral", "mandated_report")) {
			counts.put(table, count("select count(*) from " + table));
		}
		counts.put("participants with attendance",
				count("select count(*) from (select distinct participant_id from group_attendance) x"));
		return counts;
	}

	private long count(String query) throws SQLException {
		try (Statement sql = this.owner.createStatement(); ResultSet rs = sql.executeQuery(query)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private void step(String name, String statements) throws SQLException {
		long started = System.nanoTime();
		try (Statement sql = this.owner.createStatement()) {
			sql.execute(statements);
		}
		record(name, started);
	}

	private void record(String name, long started) {
		double seconds = (System.nanoTime() - started) / 1e9;
		this.stepSeconds.put(name, seconds);
		System.out.printf("  %-22s %8.1f s%n", name, seconds);
	}

	private String helperFunctions() {
		return """
				create function pg_temp.r(stream int, n bigint) returns float8 language sql immutable as
				$$ select ((hashint8extended(n, %1$d::bigint * 1000 + stream) >> 11) & 9007199254740991)::float8 / 9007199254740992.0 $$;
				create function pg_temp.uid(kind text, n bigint) returns uuid language sql immutable as
				$$ select md5('%1$d/' || kind || '/' || n)::uuid $$;
				create function pg_temp.day(w int, off int) returns date language sql immutable as
				$$ select date '%2$s' + 7 * w + off $$;
				"""
			.formatted(this.seed, WEEK_ZERO);
	}

	private String agencies() {
		return """
				create temp table b_agency as
				with x as (select a, 1.0 / power(a + 1, 0.75) w from generate_series(0, %1$d - 1) a),
				y as (select a, greatest(2, round(%2$d * w / sum(w) over ()))::int groups from x)
				select a, pg_temp.uid('agency', a) id, groups, (sum(groups) over (order by a) - groups)::int first_group,
				       (2 * ceil(groups / 3.0))::int facilitators
				from y;
				insert into agency (id, name, short_name, county, phone, demo, created_at, version)
				select id, 'Synthetic PAIP ' || (a + 1) || ' of ' || county || ' County', 'SYN' || (a + 1), county,
				       '(217) 555-' || lpad((1000 + a)::text, 4, '0'), false, timestamptz '2020-01-06 09:00:00+00', 0
				from (select b.*, (array[%3$s])[1 + a %% %4$d] county from b_agency b) x;
				"""
			.formatted(this.scale.agencies(), this.scale.groups(), COUNTIES, COUNTIES.split(",").length);
	}

	private String staff() {
		return """
				insert into staff (id, agency_id, first_name, last_name, job_title, hire_date, supervisor, former_perpetrator,
				                   active, version)
				select pg_temp.uid('staff', a * 100000 + s), b.id,
				       case when pg_temp.r(50, a * 100000 + s) < 0.5 then (array[%1$s])[1 + floor(pg_temp.r(51, a * 100000 + s) * %2$d)::int]
				            else (array[%3$s])[1 + floor(pg_temp.r(51, a * 100000 + s) * %4$d)::int] end,
				       (array[%5$s])[1 + floor(pg_temp.r(52, a * 100000 + s) * %6$d)::int],
				       case when s < facilitators then 'Group facilitator' when s = facilitators then 'Program director'
				            when s = facilitators + 1 then 'Intake worker' else 'Victim liaison' end,
				       date '2012-01-02' + floor(pg_temp.r(53, a * 100000 + s) * 4700)::int, s = facilitators, false, true, 0
				from b_agency b, generate_series(0, b.facilitators + 2) s;
				"""
			.formatted(FIRST_MALE, FIRST_MALE.split(",").length, FIRST_FEMALE, FIRST_FEMALE.split(",").length, LAST,
					LAST.split(",").length);
	}

	private String groups() {
		return """
				create temp table b_group as
				select gn, ag.a, ag.id agency_id, pg_temp.uid('group', gn) id, gn - ag.first_group local, ag.facilitators,
				       case when pg_temp.r(1, gn) < 0.78 then 'MALE' when pg_temp.r(1, gn) < 0.92 then 'FEMALE' else 'SAME_SEX' end composition,
				       case when pg_temp.r(2, gn) < 0.85 then 'English' else 'Spanish' end language,
				       (array[0, 1, 2, 3, 5])[1 + floor(pg_temp.r(3, gn) * 5)::int] off,
				       case when pg_temp.r(4, gn) < 0.4 then time '18:00' when pg_temp.r(4, gn) < 0.75 then time '18:30'
				            else time '10:00' end starts_at,
				       case when pg_temp.r(5, gn) < 0.7 then 90 else 120 end duration,
				       case when pg_temp.r(6, gn) < 0.75 then 15 else 10 + floor(pg_temp.r(7, gn) * 5)::int end capacity
				from b_agency ag, generate_series(ag.first_group, ag.first_group + ag.groups - 1) gn;
				alter table b_group add column gender text;
				update b_group set gender = case when composition = 'SAME_SEX' then (case when gn % 2 = 0 then 'MALE' else 'FEMALE' end)
				                                  else composition end;
				insert into program_group (id, agency_id, name, composition, language, weekday, starts_at, duration_minutes,
				                           location, capacity, facilitator_id, co_facilitator_id, version, facilitator_exception_reason)
				select id, agency_id,
				       initcap((array['MONDAY','TUESDAY','WEDNESDAY','THURSDAY','FRIDAY','SATURDAY'])[off + 1]) || ' '
				         || case composition when 'MALE' then 'men''s' when 'FEMALE' then 'women''s' else 'same-sex' end
				         || case when language = 'Spanish' then ' Spanish-language' else '' end || ' group ' || (local + 1),
				       composition, language, (array['MONDAY','TUESDAY','WEDNESDAY','THURSDAY','FRIDAY','SATURDAY'])[off + 1],
				       starts_at, duration, 'Room ' || (1 + local % 6), capacity,
				       pg_temp.uid('staff', a * 100000 + 2 * (local % (facilitators / 2))),
				       pg_temp.uid('staff', a * 100000 + 2 * (local % (facilitators / 2)) + 1), 0,
				       'Synthetic data set: facilitator training records are not generated.'
				from b_group;
				""";
	}

	private String seats() {
		return """
				create temp table b_slot as
				with s as (
				  select g.gn, seat, k, (g.gn * 16 + seat) * 16 + k slot_key,
				         -%1$d + floor(pg_temp.r(10, g.gn * 16 + seat) * 20)::int seat_start
				  from b_group g, generate_series(0, g.capacity - 1) seat, generate_series(0, 15) k),
				t as (select s.*, case when pg_temp.r(11, slot_key) < 0.85 then 'C' else 'T' end outcome from s),
				u as (select t.*, case when outcome = 'C' then 29 + floor(pg_temp.r(12, slot_key) * 12)::int
				                       else 4 + floor(pg_temp.r(12, slot_key) * 14)::int end stay,
				             floor(pg_temp.r(13, slot_key) * 2)::int gap from t)
				select gn, seat, k, outcome, stay,
				       seat_start + (sum(stay + gap) over (partition by gn, seat order by k) - stay - gap)::int start_w
				from u;
				delete from b_slot where start_w > %2$d;
				create temp table b_member as
				select (row_number() over (order by s.gn, s.seat, s.k) - 1)::bigint pn, s.gn, s.seat, s.outcome, s.start_w,
				       s.start_w + s.stay - 1 end_w, s.start_w + s.stay - 1 > %2$d open,
				       g.agency_id, g.id group_id, g.off, g.duration, g.gender, g.language, g.composition
				from b_slot s join b_group g using (gn);
				alter table b_member add column pid uuid, add column joined date, add column left_on date;
				update b_member set pid = pg_temp.uid('participant', pn),
				       joined = pg_temp.day(start_w, off) - floor(pg_temp.r(20, pn) * 7)::int,
				       left_on = case when open then null else pg_temp.day(end_w, off) + floor(pg_temp.r(22, pn) * 4)::int end;
				create index on b_member (start_w, end_w);
				analyze b_member;
				alter table b_group add column first_week int;
				update b_group g set first_week = m.first_week from (select gn, min(start_w) first_week from b_member group by gn) m
				where m.gn = g.gn;
				"""
			.formatted(LEAD_WEEKS, LAST_WEEK);
	}

	private String participants() {
		String names = """
				case when gender = 'FEMALE' then (array[%1$s])[1 + floor(pg_temp.r(23, pn) * %2$d)::int]
				     else (array[%3$s])[1 + floor(pg_temp.r(23, pn) * %4$d)::int] end,
				(array[%5$s])[1 + floor(pg_temp.r(24, pn) * %6$d)::int],
				date '1958-01-01' + floor(pg_temp.r(21, pn) * 16800)::int,
				""".formatted(FIRST_FEMALE, FIRST_FEMALE.split(",").length, FIRST_MALE, FIRST_MALE.split(",").length,
				LAST, LAST.split(",").length);
		String source = """
				case when pg_temp.r(25, pn) < 0.45 then 'COURT' when pg_temp.r(25, pn) < 0.75 then 'PROBATION'
				     when pg_temp.r(25, pn) < 0.80 then 'DCFS' when pg_temp.r(25, pn) < 0.84 then 'PAROLE'
				     when pg_temp.r(25, pn) < 0.93 then 'SELF' when pg_temp.r(25, pn) < 0.96 then 'SUBSTANCE_ABUSE_AGENCY'
				     when pg_temp.r(25, pn) < 0.98 then 'MENTAL_HEALTH_AGENCY' else 'OTHER' end,
				""";
		return """
				insert into participant (id, agency_id, first_name, last_name, date_of_birth, gender, same_sex_relationship,
				       preferred_language, referral_source, case_number, referred_on, stage, stage_changed_on, version,
				       program_start_date, prior_participations)
				select pid, agency_id, %1$s gender, composition = 'SAME_SEX', language, %2$s
				       extract(year from joined)::int || '-DV-' || lpad(pn::text, 7, '0'),
				       joined - (14 + floor(pg_temp.r(26, pn) * 50)::int),
				       case when open then 'ENROLLED' when outcome = 'C' then 'COMPLETED' else 'TERMINATED' end,
				       coalesce(left_on, joined), 0, joined, case when pg_temp.r(27, pn) < 0.12 then 1 else 0 end
				from b_member order by pn;
				insert into participant (id, agency_id, first_name, last_name, date_of_birth, gender, same_sex_relationship,
				       preferred_language, referral_source, case_number, referred_on, stage, stage_changed_on, version,
				       program_start_date, prior_participations)
				select pg_temp.uid('participant', pn), agency_id, %1$s gender, pg_temp.r(36, pn) < 0.04, language, %2$s
				       '2026-DV-' || lpad(pn::text, 7, '0'), referred_on, stage,
				       referred_on + floor(pg_temp.r(33, pn) * (date '%3$s' - referred_on + 1))::int, 0, null, 0
				from (select pn, g.agency_id,
				             case when pg_temp.r(34, pn) < 0.84 then 'MALE' when pg_temp.r(34, pn) < 0.99 then 'FEMALE'
				                  else 'ANOTHER_GENDER' end gender,
				             case when pg_temp.r(35, pn) < 0.85 then 'English' else 'Spanish' end language,
				             stage, date '%3$s' - floor(pg_temp.r(32, pn) * (case when stage = 'NOT_ADMITTED' then 360 else 56 end))::int referred_on
				      from (select pn, case when pg_temp.r(31, pn) < 0.35 then 'REFERRED' when pg_temp.r(31, pn) < 0.55 then 'SCREENING'
				                            when pg_temp.r(31, pn) < 0.68 then 'ELIGIBLE' else 'NOT_ADMITTED' end stage
				            from generate_series((select count(*) from b_member), %4$d - 1) pn) s
				      join b_group g on g.gn = floor(pg_temp.r(30, pn) * (select count(*) from b_group))::int) x
				order by pn;
				"""
			.formatted(names, source, AS_OF, this.scale.participants());
	}

	private String memberships() {
		return """
				insert into group_membership (id, agency_id, group_id, participant_id, joined_on, left_on)
				select pg_temp.uid('membership', pn), agency_id, group_id, pid, joined, left_on from b_member order by pn;
				""";
	}

	private String sessions() {
		return """
				insert into group_session (id, agency_id, group_id, held_on, minutes, recorded_at, recorded_by, version)
				select pg_temp.uid('session', g.gn * 1000 + w + 500), g.agency_id, g.id, pg_temp.day(w, g.off), g.duration,
				       (pg_temp.day(w, g.off) + g.starts_at + make_interval(mins => g.duration + 40)) at time zone 'America/Chicago',
				       'facilitator-' || g.a || '-' || (2 * (g.local %% (g.facilitators / 2))), 0
				from b_group g, generate_series(g.first_week, %d) w
				order by w, g.gn;
				"""
			.formatted(LAST_WEEK);
	}

	/**
	 * What the 501.170 statistics read besides participants and attendance: completion
	 * outcomes of everyone who left a group, intake screenings with the (k) demographic
	 * answers, eligibility decisions and referral rejections (the (c) refusals),
	 * re-arrests (g), outgoing referrals with their partner agency and release (h) and
	 * child and elder abuse reports (j). Pre-group participants draw from a number hashed
	 * from their id.
	 */
	private String statisticsRecords() {
		return """
				create temp table b_person as
				select p.id pid, p.agency_id, p.stage, p.referred_on, p.stage_changed_on, p.program_start_date joined,
				       ('x' || substr(md5(p.id::text), 1, 15))::bit(60)::bigint n
				from participant p;
				insert into completion_outcome (id, agency_id, participant_id, outcome, ended_on, termination_reason,
				       sessions_attended, hours_attended, decided_by_username, recorded_at)
				select pg_temp.uid('completion', pn), agency_id, pid, case outcome when 'C' then 'COMPLETED' else 'TERMINATED' end,
				       left_on, case when outcome = 'T' then 'ABSENCES' end,
				       greatest(0, end_w - start_w + 1 - case when outcome = 'T' then 3 else 2 end),
				       round(greatest(0, end_w - start_w + 1 - case when outcome = 'T' then 3 else 2 end) * duration / 60.0, 2),
				       'synthetic', (left_on + time '17:00') at time zone 'America/Chicago'
				from b_member where not open order by pn;
				-- Screened: everyone who joined a group (a week or two before), the eligible, those
				-- in screening (not completed) and 60%% of those not admitted.
				create temp table b_screening as
				select pid, agency_id, n, stage,
				       case when joined is not null then joined - 7 - floor(pg_temp.r(60, n) * 7)::int
				            else stage_changed_on end screened_on
				from b_person
				where joined is not null or stage in ('SCREENING', 'ELIGIBLE')
				   or (stage = 'NOT_ADMITTED' and pg_temp.r(61, n) >= 0.4);
				insert into intake_screening (id, agency_id, participant_id, started_at, started_by, last_saved_at, last_saved_by,
				       completed_at, completed_by, version)
				select pg_temp.uid('screening', n), agency_id, pid, (screened_on + time '09:30') at time zone 'America/Chicago',
				       'synthetic', (screened_on + time '10:45') at time zone 'America/Chicago', 'synthetic',
				       case when stage <> 'SCREENING' then (screened_on + time '10:45') at time zone 'America/Chicago' end,
				       case when stage <> 'SCREENING' then 'synthetic' end, 0
				from b_screening order by screened_on, n;
				-- The (k) answers: 3%% of fields never answered, 2%% left blank.
				insert into intake_screening_answer (screening_id, agency_id, field_code, answer)
				select pg_temp.uid('screening', s.n), s.agency_id, f.code,
				       case when pg_temp.r(f.stream + 1, s.n) < 0.02 then ''
				            else f.options[1 + floor(pg_temp.r(f.stream, s.n) * cardinality(f.options))::int] end
				from b_screening s cross join (values
				  (70, 'educationLevel', array['LESS_THAN_HIGH_SCHOOL', 'HIGH_SCHOOL_OR_GED', 'HIGH_SCHOOL_OR_GED', 'SOME_COLLEGE',
				       'ASSOCIATE_DEGREE', 'BACHELOR_DEGREE', 'GRADUATE_DEGREE', 'DECLINED']),
				  (72, 'raceEthnicity', array['AMERICAN_INDIAN_OR_ALASKA_NATIVE', 'ASIAN', 'BLACK_OR_AFRICAN_AMERICAN',
				       'BLACK_OR_AFRICAN_AMERICAN', 'HISPANIC_OR_LATINO', 'HISPANIC_OR_LATINO', 'MIDDLE_EASTERN_OR_NORTH_AFRICAN',
				       'NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER', 'WHITE', 'WHITE', 'WHITE', 'MULTIRACIAL', 'DECLINED']),
				  (74, 'employment', array['FULL_TIME', 'FULL_TIME', 'PART_TIME', 'UNEMPLOYED', 'UNEMPLOYED', 'STUDENT', 'RETIRED',
				       'UNABLE_TO_WORK', 'DECLINED']),
				  (76, 'relationshipToVictim', array['SPOUSE', 'FORMER_SPOUSE', 'DATING_PARTNER', 'DATING_PARTNER',
				       'FORMER_DATING_PARTNER', 'CO_PARENT', 'OTHER_RELATIONSHIP']),
				  (78, 'maritalStatus', array['SINGLE', 'SINGLE', 'MARRIED', 'CIVIL_UNION', 'SEPARATED', 'DIVORCED', 'WIDOWED',
				       'DECLINED']),
				  (80, 'numberOfChildren', array['0', '0', '1', '1', '2', '2', '3', '4', '5', '6'])) f (stream, code, options)
				where s.stage <> 'SCREENING' and pg_temp.r(f.stream + 50, s.n) >= 0.03;
				-- 501.125: eligible for everyone in a group or waiting; a refusal for the screened not admitted.
				insert into eligibility_decision (id, agency_id, participant_id, findings, proposed_outcome, decided_outcome,
				       sections, follow_ups, decided_by_username, decided_at)
				select pg_temp.uid('eligibility', n), agency_id, pid, '{}'::jsonb, outcome, outcome, array['501.125'], '{}',
				       'synthetic', (screened_on + time '11:00') at time zone 'America/Chicago'
				from (select s.*, case when s.stage <> 'NOT_ADMITTED' then 'ELIGIBLE'
				                       when pg_temp.r(62, n) < 0.4 then 'NOT_ELIGIBLE' when pg_temp.r(62, n) < 0.6 then 'EXCLUDED'
				                       when pg_temp.r(62, n) < 0.85 then 'REFER_FOR_TREATMENT' else 'REFER_TO_VICTIM_SERVICES' end outcome
				      from b_screening s where s.stage <> 'SCREENING') x
				order by screened_on, n;
				-- 501.230(a): the other 40%% of those not admitted were refused at referral, with a coded reason.
				insert into participant_referral_decision (id, agency_id, participant_id, outcome, rejection_reason,
				       alternative_sanction, decided_on, decided_at, decided_by_username)
				select pg_temp.uid('referral-decision', n), agency_id, pid, 'REJECTED',
				       (array['NOT_A_PARTNER_VIOLENCE_REFERRAL', 'OUTSIDE_SERVICE_AREA', 'OUTSIDE_SERVICE_AREA', 'LANGUAGE_NOT_OFFERED',
				              'NO_GROUP_FOR_GENDER_OR_COMPOSITION', 'REFERRAL_INCOMPLETE', 'REFERRAL_INCOMPLETE',
				              'ACTIVE_CASE_ELSEWHERE'])[1 + floor(pg_temp.r(63, n) * 8)::int],
				       (array['REFER_TO_ANOTHER_PAIP', 'SUBSTANCE_ABUSE_TREATMENT', 'MENTAL_HEALTH_TREATMENT', 'PROBATION_SUPERVISION',
				              'RETURN_TO_COURT_FOR_REVIEW'])[1 + floor(pg_temp.r(64, n) * 5)::int],
				       stage_changed_on, (stage_changed_on + time '14:00') at time zone 'America/Chicago', 'synthetic'
				from b_person where stage = 'NOT_ADMITTED' and pg_temp.r(61, n) < 0.4 order by stage_changed_on, n;
				-- 501.170(g): 4%% re-arrested while in the program.
				insert into statistics_rearrest (id, agency_id, participant_id, arrested_on, offence_category, recorded_by_username,
				       recorded_at)
				select pg_temp.uid('rearrest', pn), agency_id, pid, arrested_on,
				       (array['DOMESTIC_BATTERY', 'DOMESTIC_BATTERY', 'AGGRAVATED_DOMESTIC_BATTERY', 'VIOLATION_OF_ORDER_OF_PROTECTION',
				              'VIOLATION_OF_ORDER_OF_PROTECTION', 'STALKING_OR_HARASSMENT', 'OTHER_PARTNER_OFFENCE',
				              'NON_PARTNER_OFFENCE'])[1 + floor(pg_temp.r(66, pn) * 8)::int],
				       'synthetic', (arrested_on + 3 + time '09:00') at time zone 'America/Chicago'
				from (select m.*, joined + floor(pg_temp.r(67, pn) * (coalesce(left_on, date '%1$s') - joined))::int arrested_on
				      from b_member m where pg_temp.r(65, pn) < 0.04) x
				order by arrested_on, pn;
				-- 501.170(h): one partner agency per category in each agency; 12%% of group participants
				-- referred to one, each under a release to that partner.
				insert into partner_agency (id, agency_id, name, category, phone, county, version)
				select pg_temp.uid('partner', b.a * 10 + k), b.id, 'Synthetic ' || lower(replace(c, '_', ' ')) || ' partner ' || (b.a + 1),
				       c, '(217) 555-' || lpad((3000 + b.a * 10 + k)::text, 4, '0'), null, 0
				from b_agency b, unnest(array['SUBSTANCE_ABUSE_TREATMENT', 'MENTAL_HEALTH', 'VICTIM_SERVICES', 'MEDICAL', 'OTHER'])
				     with ordinality u (c, k);
				create temp table b_outgoing as
				select m.pn, m.agency_id, m.pid, ag.a,
				       (array[1, 1, 1, 2, 2, 3, 4, 5])[1 + floor(pg_temp.r(69, pn) * 8)::int] k,
				       m.joined + floor(pg_temp.r(68, pn) * least(70, coalesce(m.left_on, date '%1$s') - m.joined))::int referred_on
				from b_member m join b_agency ag on ag.id = m.agency_id where pg_temp.r(92, pn) < 0.12;
				insert into consent_release (id, agency_id, participant_id, recipient_kind, partner_agency_id, recipient_name,
				       categories, purposes, basis, signed_on, expires_on, recorded_by_username, recorded_at, version)
				select pg_temp.uid('release', o.pn), o.agency_id, o.pid, 'PARTNER_AGENCY', pa.id, pa.name, array['ATTENDANCE_AND_COMPLIANCE'],
				       array['SCREENING_AND_INTERVENTION_PLANNING'], 'VOLUNTARY', o.referred_on, o.referred_on + 365, 'synthetic',
				       (o.referred_on + time '12:00') at time zone 'America/Chicago', 0
				from b_outgoing o join partner_agency pa on pa.id = pg_temp.uid('partner', o.a * 10 + o.k) order by o.referred_on, o.pn;
				insert into coordination_outgoing_referral (id, agency_id, participant_id, category, partner_agency_id,
				       partner_agency_name, purpose, referred_on, release_id, recorded_by_username, recorded_at)
				select pg_temp.uid('outgoing', o.pn), o.agency_id, o.pid, pa.category, pa.id, pa.name, 'Synthetic referral for services',
				       o.referred_on, pg_temp.uid('release', o.pn), 'synthetic', (o.referred_on + time '12:30') at time zone 'America/Chicago'
				from b_outgoing o join partner_agency pa on pa.id = pg_temp.uid('partner', o.a * 10 + o.k) order by o.referred_on, o.pn;
				-- 501.170(j), 501.145: a child abuse report for 0.6%% of group participants, an elder abuse report for 0.15%%.
				insert into mandated_report (id, agency_id, participant_id, event_id, kind, reported_at, reporter_username,
				       agency_notified, reference_number, rule_section, victim_follow_up_outstanding, recorded_by_username,
				       recorded_at, version)
				select pg_temp.uid('mandated-report', pn), agency_id, pid, pg_temp.uid('mandated-event', pn), kind, reported_at,
				       'synthetic', case kind when 'ELDER_ABUSE' then 'DEPARTMENT_ON_AGING' else 'DCFS_HOTLINE' end,
				       'SYN-' || pn, '501.145', false, 'synthetic', reported_at, 0
				from (select m.pn, m.agency_id, m.pid,
				             case when pg_temp.r(90, pn) < 0.006 then 'CHILD_ABUSE_OR_NEGLECT' else 'ELDER_ABUSE' end kind,
				             ((m.joined + floor(pg_temp.r(91, pn) * (coalesce(m.left_on, date '%1$s') - m.joined))::int) + time '19:30')
				               at time zone 'America/Chicago' reported_at
				      from b_member m where pg_temp.r(90, pn) < 0.0075) x
				order by reported_at, pn;
				"""
			.formatted(AS_OF);
	}

	private void attendance() throws SQLException {
		int first;
		try (Statement sql = this.owner.createStatement();
				ResultSet rs = sql.executeQuery("select min(first_week) from b_group")) {
			rs.next();
			first = rs.getInt(1);
		}
		long started = System.nanoTime();
		try (Statement sql = this.owner.createStatement()) {
			for (int week = first; week <= LAST_WEEK; week++) {
				sql.execute(
						"""
								insert into group_attendance (session_id, agency_id, participant_id, status, hours, homework_done, progress_note)
								select pg_temp.uid('session', gn * 1000 + %1$d + 500), agency_id, pid, status,
								       case status when 'PRESENT' then round(duration / 60.0, 2) when 'LATE' then round(duration / 60.0 - 0.25, 2)
								                   when 'REMOVED' then round(duration / 120.0, 2) else 0 end,
								       status in ('PRESENT', 'LATE') and pg_temp.r(41, line) < 0.75,
								       case when pg_temp.r(42, line) < 0.03 then (array['Participated actively.', 'Presented the time-out plan.',
								            'Quiet this week; check in next session.', 'Challenged minimising language in the group.'])
								            [1 + floor(pg_temp.r(43, line) * 4)::int] end
								from (select m.*, m.pn * 1000 + %1$d + 500 line,
								             case when outcome = 'T' and not open and %1$d > end_w - 3 then 'ABSENT'
								                  when pg_temp.r(40, m.pn * 1000 + %1$d + 500) < 0.86 then 'PRESENT'
								                  when pg_temp.r(40, m.pn * 1000 + %1$d + 500) < 0.90 then 'LATE'
								                  when pg_temp.r(40, m.pn * 1000 + %1$d + 500) < 0.96 then 'ABSENT'
								                  when pg_temp.r(40, m.pn * 1000 + %1$d + 500) < 0.99 then 'EXCUSED' else 'REMOVED' end status
								      from b_member m where m.start_w <= %1$d and m.end_w >= %1$d) x
								order by gn
								"""
							.formatted(week));
				if ((week - first) % 20 == 0 || week == LAST_WEEK) {
					System.out.printf("    attendance week %d of %d..%d, %.0f s%n", week, first, LAST_WEEK,
							(System.nanoTime() - started) / 1e9);
				}
			}
		}
		record("attendance", started);
	}

	/**
	 * Drops a table's indexes (and the constraints they back) for a bulk load; returns
	 * the statements that recreate them exactly as the migrations made them.
	 */
	private List<String[]> dropIndexes(String table) throws SQLException {
		List<String[]> recreate = new ArrayList<>();
		try (Statement sql = this.owner.createStatement();
				ResultSet rs = sql.executeQuery(
						"""
								select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid), c.conname, pg_get_constraintdef(c.oid)
								from pg_index i left join pg_constraint c on c.conindid = i.indexrelid and c.conrelid = i.indrelid
								  and c.contype in ('p', 'u', 'x')
								where i.indrelid = '%s'::regclass"""
							.formatted(table))) {
			while (rs.next()) {
				String constraint = rs.getString(3);
				if (constraint != null) {
					recreate.add(new String[] { "alter table " + table + " drop constraint " + constraint,
							"alter table " + table + " add constraint " + constraint + " " + rs.getString(4) });
				}
				else {
					recreate.add(new String[] { "drop index " + rs.getString(1), rs.getString(2) });
				}
			}
		}
		try (Statement sql = this.owner.createStatement()) {
			for (String[] index : recreate) {
				sql.execute(index[0]);
			}
		}
		return recreate;
	}

}
