package org.paipmanager.group;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface GroupSessions extends CrudRepository<GroupSession, UUID> {

	Optional<GroupSession> findByGroupIdAndHeldOn(UUID groupId, LocalDate heldOn);

}
