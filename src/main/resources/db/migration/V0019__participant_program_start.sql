-- participant: the date of program start (501.115(b)(11)(D)), set when the contract is signed.
alter table participant add column program_start_date date;
alter table participant add constraint participant_start_after_referral
	check (program_start_date is null or program_start_date >= referred_on);
