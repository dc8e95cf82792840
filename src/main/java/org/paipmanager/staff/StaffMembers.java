package org.paipmanager.staff;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface StaffMembers extends ListCrudRepository<StaffMember, UUID> {

	List<StaffMember> findAllByOrderByLastNameAscFirstNameAsc();

}
