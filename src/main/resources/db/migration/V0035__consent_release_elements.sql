-- The elements of a valid release under 740 ILCS 110/5 and 42 CFR 2.31 that V0016 did not hold (CON-1).
-- Releases recorded before this lack a witness and the explained rights; the disclosure service refuses
-- to rely on them until a complete release is signed.
alter table consent_release
	-- The program that discloses (42 CFR 2.31(a)(2)), as its name stood when the release was signed.
	add column disclosing_program text,
	-- How much and what kind of information, in the release's own words (42 CFR 2.31(a)(3)).
	add column information_detail text,
	-- What refusing to sign means (740 ILCS 110/5(b)(5)); required when signing is required.
	add column refusal_consequences text,
	-- An event or condition that ends the release before its expiry date (42 CFR 2.31(a)(7)).
	add column expiry_event text,
	add column signed_by text not null default 'PARTICIPANT'
		check (signed_by in ('PARTICIPANT', 'LEGAL_REPRESENTATIVE')),
	add column representative_name text,
	-- The witness who attests the signer's identity (740 ILCS 110/5(c)).
	add column witness_name text,
	add column right_to_revoke_explained boolean not null default false,
	add column right_to_inspect_explained boolean not null default false,
	add constraint consent_release_representative_named
		check (signed_by <> 'LEGAL_REPRESENTATIVE' or length(trim(representative_name)) > 0),
	add constraint consent_release_refusal_explained
		check (witness_name is null or basis <> 'REQUIRED_FOR_PARTICIPATION'
			or length(trim(refusal_consequences)) > 0);
