package org.paipmanager.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.paipmanager.breakglass.BreakGlassCommand;
import org.paipmanager.breakglass.BreakGlassManagement;
import org.paipmanager.participant.ParticipantDetails;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.participant.ProgramStage;
import org.paipmanager.shared.Actor;
import org.paipmanager.shared.AgencyId;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.Permission;
import org.paipmanager.shared.Role;
import org.paipmanager.shared.StaffId;
import org.paipmanager.shared.StepUpVerified;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.stereotype.Component;

/**
 * Demo break-glass (ADR 0023): the facilitator Renee Abbott opened emergency access to an
 * enrolled participant's clinical screening through the real facade, as if just after a
 * step-up, so the director's home page shows the notice and the review queue one access.
 */
@Component
@ConditionalOnBooleanProperty(name = "paip.demo.enabled")
class DemoBreakGlass {

	private final BreakGlassManagement breakGlass;

	private final ParticipantManagement participants;

	private final Clock clock;

	DemoBreakGlass(BreakGlassManagement breakGlass, ParticipantManagement participants, Clock clock) {
		this.breakGlass = breakGlass;
		this.participants = participants;
		this.clock = clock;
	}

	void seed(AgencyId agency, StaffId facilitator) {
		List<ParticipantDetails> enrolled = this.participants.list(ProgramStage.ENROLLED);
		if (enrolled.isEmpty()) {
			return;
		}
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken
			.authenticated("facilitator", null, List.of(new StepUpVerified(Instant.now(this.clock)),
					new SimpleGrantedAuthority(Permission.PARTICIPANT_READ.authority())))));
		try {
			CurrentActor
				.callAs(new Actor(facilitator, agency, "facilitator", Set.of(Role.FACILITATOR)),
						() -> this.breakGlass.request(enrolled.get(0).id(), new BreakGlassCommand(
								"He told the group he stopped his medication and talked about ending it tonight; "
										+ "the intake worker and the director could not be reached.")));
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
