package org.paipmanager.group;

import org.paipmanager.group.domain.CurriculumRules;

import org.springframework.data.repository.ListCrudRepository;

interface Curricula extends ListCrudRepository<CurriculumPlan, java.util.UUID> {

	/**
	 * The group's saved plan; for a group set up before plans existed, the standard plan,
	 * not yet saved.
	 */
	default CurriculumPlan planOf(ProgramGroup group) {
		return findById(group.id()).orElseGet(() -> CurriculumPlan.standard(group.id(), group.agencyId(),
				CurriculumRules.firstSessionOnOrAfter(group.weekday(), CurriculumPlan.EARLIEST_FIRST_SESSION)));
	}

}
