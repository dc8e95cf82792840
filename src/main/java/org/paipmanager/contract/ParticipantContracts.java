package org.paipmanager.contract;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface ParticipantContracts extends CrudRepository<ParticipantContract, UUID> {

	Optional<ParticipantContract> findByParticipantId(UUID participantId);

}
