package org.paipmanager.agency;

import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface Agencies extends CrudRepository<Agency, UUID> {

	// Row-level security hides other agencies; agency_ids() is the one view across all of
	// them.
	@Query("select exists (select 1 from agency_ids())")
	boolean anyAgencyExists();

}
