package org.paipmanager.completion;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.paipmanager.participant.ReferralSource;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface CompletionStandards extends ListCrudRepository<CompletionStandard, UUID> {

	// Written out: Spring Data JDBC builds a derived query anew on every call, 6% of a
	// node's CPU on the file pages of the two nodes drill.
	@Query("SELECT * FROM completion_standard WHERE referral_source = :referralSource")
	Optional<CompletionStandard> findByReferralSource(ReferralSource referralSource);

	List<CompletionStandard> findAllByOrderByName();

}
