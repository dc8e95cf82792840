package org.paipmanager.contract;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface ParticipantContracts extends CrudRepository<ParticipantContract, UUID> {

	// Written out: Spring Data JDBC builds a derived query anew on every call, 6% of a
	// node's CPU on the file pages of the two nodes drill.
	@Query("SELECT * FROM participant_contract WHERE participant_id = :participantId")
	Optional<ParticipantContract> findByParticipantId(UUID participantId);

}
