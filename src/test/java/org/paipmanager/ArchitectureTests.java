package org.paipmanager;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameStartingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.paipmanager");

	@Test
	void domainPackagesAreFreeOfSpring() {
		ArchRule rule = noClasses().that()
			.resideInAPackage("..domain..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta.persistence..", "jakarta.servlet..")
			.allowEmptyShould(false);
		rule.check(CLASSES);
	}

	/**
	 * The victim-side module is a sealed room: nothing outside it may depend on it,
	 * except mandated reporting (see the next rule).
	 */
	@Test
	void nothingOutsideTheVictimModuleDependsOnIt() {
		ArchRule rule = noClasses().that()
			.resideOutsideOfPackages("org.paipmanager.victimcontact..", "org.paipmanager.mandatedreport..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.paipmanager.victimcontact..")
			.allowEmptyShould(false);
		rule.check(CLASSES);
	}

	/**
	 * Mandated reporting hands a report's victim side to the compartment through one
	 * narrow door, {@code MandatedReportVictimSide} (and its step-up refusal), and
	 * through nothing else of the compartment (SAF-1, ADR 0007).
	 */
	@Test
	void mandatedReportingEntersTheVictimModuleOnlyThroughItsDoor() {
		noClasses().that()
			.resideInAPackage("org.paipmanager.mandatedreport..")
			.should()
			.dependOnClassesThat(resideInAPackage("org.paipmanager.victimcontact..")
				.and(not(nameStartingWith("org.paipmanager.victimcontact.MandatedReportVictimSide")))
				.and(not(name("org.paipmanager.victimcontact.StepUpRequired"))))
			.check(CLASSES);
	}

	/**
	 * The victim module reaches only shared, audit and participant (to name the
	 * participant to the liaison), and of the agency module only the directory listing
	 * service-planning meetings invite from (COO-3, ADR 0017): SAF-1, nothing else it
	 * could hand victim data to.
	 */
	@Test
	void theVictimModuleDependsOnlyOnSharedAuditAndParticipant() {
		noClasses().that()
			.resideInAPackage("org.paipmanager.victimcontact..")
			.should()
			.dependOnClassesThat(resideInAPackage("org.paipmanager..")
				.and(not(resideInAnyPackage("org.paipmanager.victimcontact..", "org.paipmanager.shared..",
						"org.paipmanager.audit", "org.paipmanager.participant")))
				.and(not(name("org.paipmanager.agency.AgencyManagement")))
				.and(not(name("org.paipmanager.agency.PartnerAgencyListing")))
				.and(not(name("org.paipmanager.agency.PartnerAgencyCategory"))))
			.check(CLASSES);
	}

	/**
	 * Service-planning meetings read the partner-agency directory (and the demo data
	 * whether the agency exists) and call nothing else of the agency module: no victim
	 * value can be written into the participant side through it (COO-3, ADR 0017).
	 */
	@Test
	void theVictimModuleOnlyReadsThePartnerAgencyDirectory() {
		noClasses().that()
			.resideInAPackage("org.paipmanager.victimcontact..")
			.should()
			.callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates
				.target(com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With
					.owner(name("org.paipmanager.agency.AgencyManagement")))
				.and(not(com.tngtech.archunit.core.domain.JavaCall.Predicates
					.target(name("partnerAgencies").or(name("currentAgency"))))))
			.check(CLASSES);
	}

	@Test
	void webAndRestControllersArePackagePrivate() {
		classes().that()
			.resideInAnyPackage("..web..", "..rest..")
			.and()
			.haveSimpleNameEndingWith("Controller")
			.or()
			.haveSimpleNameEndingWith("Api")
			.should()
			.notBePublic()
			.check(CLASSES);
	}

	@Test
	void repositoriesArePackagePrivate() {
		classes().that()
			.areAssignableTo(org.springframework.data.repository.Repository.class)
			.should()
			.notBePublic()
			.check(CLASSES);
	}

	@Test
	void noClassNamesThatHideWhatTheyDo() {
		// Spring's own TransactionManager type keeps its name.
		noClasses().that()
			.areNotAssignableTo(org.springframework.transaction.TransactionManager.class)
			.should()
			.haveSimpleNameEndingWith("ServiceImpl")
			.orShould()
			.haveSimpleNameEndingWith("Dao")
			.orShould()
			.haveSimpleNameEndingWith("Helper")
			.orShould()
			.haveSimpleNameEndingWith("Util")
			.orShould()
			.haveSimpleNameEndingWith("Manager")
			.check(CLASSES);
	}

}
