package org.paipmanager.mandatedreport.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The facts of one reported event, as the reporting rules read them. Holds no victim
 * statement and no victim contact detail: only what kind of event it is and what staff
 * established about it.
 *
 * @param source who the information came from (501.220(a))
 * @param concerns what the information is about; at least one
 * @param victimConsent whether the victim consented to a report or to confronting the
 * participant; read only when the victim is the source (501.220(a)(1))
 * @param jeopardyAssessment whether reporting would place the third-party reporter or the
 * victim in jeopardy; read only when a third party is the source (501.220(a)(2))
 * @param dutyToWarnApplies staff judged that the duty to warn of 740 ILCS 110/11(ii)
 * applies, which overrides both exceptions of 501.220(a)
 * @param orderOfProtectionInForce an order of protection is in place (501.220(d))
 * @param riskToVictimAssessment for a threat about someone other than the victim or
 * children: whether the victim's or children's safety is compromised (501.220(c)(2)(B))
 * @param victimNotificationAttempts each effort to notify the victim before a report
 * (501.220(b))
 */
public record ReportedEvent(InformationSource source, Set<Concern> concerns, VictimConsent victimConsent,
		JeopardyAssessment jeopardyAssessment, boolean dutyToWarnApplies, boolean orderOfProtectionInForce,
		RiskToVictimAssessment riskToVictimAssessment, List<VictimNotificationAttempt> victimNotificationAttempts) {

	public ReportedEvent {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(victimConsent, "victimConsent");
		Objects.requireNonNull(jeopardyAssessment, "jeopardyAssessment");
		Objects.requireNonNull(riskToVictimAssessment, "riskToVictimAssessment");
		if (concerns == null || concerns.isEmpty()) {
			throw new IllegalArgumentException("A reported event is about at least one concern");
		}
		concerns = Set.copyOf(EnumSet.copyOf(concerns));
		victimNotificationAttempts = List.copyOf(victimNotificationAttempts);
	}

	public boolean isAbout(Concern concern) {
		return this.concerns.contains(concern);
	}

	/** Who the information came from (501.220(a)). */
	public enum InformationSource {

		/** Perpetrated or revealed by the participant. */
		PARTICIPANT,
		/** The victim: consent needed before reporting or confronting (501.220(a)(1)). */
		VICTIM,
		/** A third party such as family or a friend (501.220(a)(2)). */
		THIRD_PARTY,
		/** Observed by program staff. */
		STAFF_OBSERVATION

	}

	/** What the information is about. */
	public enum Concern {

		/** Additional violence by the participant (501.220(a)). */
		NEW_VIOLENCE,
		/** A threat of violence that is not a threat to harm or kill (501.220(a)). */
		THREAT_OF_VIOLENCE,
		/** A threat to harm or kill the victim (501.220(c)(1)). */
		THREAT_TO_HARM_OR_KILL_VICTIM,
		/** A threat to harm or kill children (501.220(c)(1)). */
		THREAT_TO_HARM_OR_KILL_CHILDREN,
		/** A threat to harm or kill someone else (501.220(c)(2)). */
		THREAT_TO_HARM_OR_KILL_OTHERS,
		/**
		 * Knowledge or disclosure of contact between participant and victim (501.220(d)).
		 */
		VICTIM_CONTACT,
		/** Possible or actual child abuse or neglect (501.145). */
		CHILD_ABUSE_OR_NEGLECT,
		/** Suspected elder abuse, neglect or financial exploitation (501.145). */
		ELDER_ABUSE_NEGLECT_OR_EXPLOITATION

	}

	/** The victim's consent to a report or to confronting the participant. */
	public enum VictimConsent {

		NOT_YET_ASKED, GIVEN, REFUSED

	}

	/** Whether reporting third-party information would endanger reporter or victim. */
	public enum JeopardyAssessment {

		NOT_YET_ASSESSED, REPORTING_WOULD_ENDANGER, NO_JEOPARDY

	}

	/** For a threat about others: is the victim's or children's safety compromised. */
	public enum RiskToVictimAssessment {

		NOT_YET_ASSESSED, SAFETY_COMPROMISED, SAFETY_NOT_COMPROMISED

	}

	/**
	 * One documented effort to notify the victim (501.220(b)). Deliberately holds no
	 * phone number, address or note: those belong on the victim side only (SAF-1).
	 */
	public record VictimNotificationAttempt(Instant at, Method method, boolean reached) {

		public VictimNotificationAttempt {
			Objects.requireNonNull(at, "at");
			Objects.requireNonNull(method, "method");
		}

		public enum Method {

			TELEPHONE, IN_PERSON, MAIL, THROUGH_VICTIM_SERVICES

		}

	}

}
