package org.paipmanager.completion;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.paipmanager.participant.ReferralSource;

import org.springframework.data.repository.ListCrudRepository;

interface CompletionStandards extends ListCrudRepository<CompletionStandard, UUID> {

	Optional<CompletionStandard> findByReferralSource(ReferralSource referralSource);

	List<CompletionStandard> findAllByOrderByName();

}
