package org.paipmanager.program;

import java.time.LocalDate;
import java.util.function.Supplier;

import org.paipmanager.AgencyFixture;
import org.paipmanager.WebSession;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.SystemScope;

import org.springframework.context.ApplicationContext;

/**
 * A fresh agency for a program administration test: the program's today to set dates
 * from, staff signed in to the agency over HTTP, and work done as the agency.
 */
final class ProgramFixture {

	private final AgencyFixture agencies;

	private final AgencyId agency;

	private final LocalDate today;

	private final int port;

	private ProgramFixture(AgencyFixture agencies, AgencyId agency, LocalDate today, int port) {
		this.agencies = agencies;
		this.agency = agency;
		this.today = today;
		this.port = port;
	}

	/** A new agency in the running application listening on {@code port}. */
	static ProgramFixture in(ApplicationContext context, int port) {
		AgencyFixture agencies = AgencyFixture.in(context);
		return new ProgramFixture(agencies, agencies.newAgency(), context.getBean(ProgramManagement.class).today(),
				port);
	}

	AgencyFixture agencies() {
		return this.agencies;
	}

	AgencyId agency() {
		return this.agency;
	}

	LocalDate today() {
		return this.today;
	}

	/** A new staff member of the agency with the role, signed in. */
	WebSession signedIn(Role role) {
		return signedIn(this.agency, role);
	}

	/** A new staff member of the given agency with the role, signed in. */
	WebSession signedIn(AgencyId agency, Role role) {
		WebSession session = new WebSession(this.port);
		session.signIn(this.agencies.newUser(agency, role));
		return session;
	}

	WebSession director() {
		return signedIn(Role.PROGRAM_DIRECTOR);
	}

	<T> T as(Supplier<T> work) {
		return SystemScope.callAs(this.agency, work);
	}

}
