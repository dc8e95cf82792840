-- participant: repeat participation (501.115(b)(2)(E)) and earlier PAIP history (501.115(b)(2)(H)).
alter table participant add column prior_participations int not null default 0 check (prior_participations between 0 and 50);
alter table participant add column prior_program_history text;
