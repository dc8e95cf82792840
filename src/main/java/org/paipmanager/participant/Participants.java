package org.paipmanager.participant;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface Participants extends ListCrudRepository<Participant, UUID> {

	List<Participant> findAllByOrderByLastNameAscFirstNameAsc();

	List<Participant> findByStageOrderByLastNameAscFirstNameAsc(ProgramStage stage);

}
