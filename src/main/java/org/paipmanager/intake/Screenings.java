package org.paipmanager.intake;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface Screenings extends CrudRepository<Screening, UUID> {

	Optional<Screening> findByParticipantId(UUID participantId);

}
