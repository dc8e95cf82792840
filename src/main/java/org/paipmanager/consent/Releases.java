package org.paipmanager.consent;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface Releases extends ListCrudRepository<Release, UUID> {

	List<Release> findByParticipantIdOrderBySignedOnDescIdAsc(UUID participantId);

}
