package org.paipmanager.contract;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ContractTemplates extends ListCrudRepository<ContractTemplate, UUID> {

	Optional<ContractTemplate> findFirstByLanguageOrderByVersionNumberDesc(String language);

	List<ContractTemplate> findAllByOrderByLanguageAscVersionNumberDesc();

}
