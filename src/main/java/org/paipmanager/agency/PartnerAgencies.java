package org.paipmanager.agency;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface PartnerAgencies extends ListCrudRepository<PartnerAgency, UUID> {

	List<PartnerAgency> findAllByOrderByCategoryAscNameAsc();

}
