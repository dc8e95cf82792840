package org.paipmanager.group;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ProgramGroups extends ListCrudRepository<ProgramGroup, UUID> {

}
