package org.paipmanager.agency;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface Agreements extends ListCrudRepository<Agreement, UUID> {

	List<Agreement> findAllByOrderByEndsOnAsc();

}
