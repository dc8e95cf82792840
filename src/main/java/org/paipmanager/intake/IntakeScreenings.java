package org.paipmanager.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.paipmanager.audit.AuditAction;
import org.paipmanager.audit.AuditLog;
import org.paipmanager.intake.domain.ScreeningField;
import org.paipmanager.intake.domain.ScreeningForm;
import org.paipmanager.intake.domain.ScreeningStep;
import org.paipmanager.participant.ParticipantDetails;
import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.participant.ProgramStage;
import org.paipmanager.participant.ReferralDetails;
import org.paipmanager.shared.Actor;
import org.paipmanager.shared.CurrentActor;
import org.paipmanager.shared.EmergencyAccess;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.Permission;
import org.paipmanager.shared.RecordNotFoundException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The intake screening of 501.115(b): started once a referral is accepted, saved step by
 * step as a draft, completed when every step holds what the rule requires. The clinical
 * steps (mental health, substance use) are read and written only with
 * {@link Permission#CLINICAL_SCREEN_ACCESS}.
 */
@Service
public class IntakeScreenings {

	static final String RECORD_TYPE = "intake-screening";

	private final Screenings screenings;

	private final ParticipantManagement participants;

	private final AuditLog audit;

	private final Clock clock;

	private final EmergencyAccess emergencyAccess;

	IntakeScreenings(Screenings screenings, ParticipantManagement participants, AuditLog audit, Clock clock,
			EmergencyAccess emergencyAccess) {
		this.screenings = screenings;
		this.participants = participants;
		this.audit = audit;
		this.clock = clock;
		this.emergencyAccess = emergencyAccess;
	}

	/**
	 * The answers of the clinical steps (501.115(b)(9)-(10)), read only: for a role with
	 * {@link Permission#CLINICAL_SCREEN_ACCESS}, or for anyone else while they hold an
	 * open break-glass grant for this participant, in which case the audit row names the
	 * grant (HIPAA 164.312(a)(2)(ii), 164.312(b), ADR 0023).
	 * @throws AccessDeniedException without the permission or an open grant
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public List<ClinicalAnswer> clinicalAnswers(ParticipantId participant) {
		Actor actor = CurrentActor.require();
		Optional<UUID> grant = actor.hasPermission(Permission.CLINICAL_SCREEN_ACCESS) ? Optional.empty()
				: this.emergencyAccess.openGrant(participant);
		if (!actor.hasPermission(Permission.CLINICAL_SCREEN_ACCESS) && grant.isEmpty()) {
			throw new AccessDeniedException("Clinical screening of " + participant);
		}
		Optional<Screening> screening = this.screenings.findByParticipantId(participant.value());
		this.audit.record(AuditAction.READ, RECORD_TYPE + "-clinical",
				screening.map((found) -> found.id().toString()).orElse(null),
				"participant=" + participant + grant.map((id) -> ", break-glass=" + id).orElse(""));
		Map<String, String> answers = screening.map(Screening::answers).orElse(Map.of());
		return ScreeningForm.steps()
			.stream()
			.filter(ScreeningStep::clinical)
			.flatMap((step) -> step.fields().stream())
			.filter((field) -> answers.get(field.code()) != null)
			.map((field) -> new ClinicalAnswer(field.labelKey(), field.section(), answers.get(field.code()),
					field.type() == ScreeningField.Type.CHOICE))
			.toList();
	}

	/**
	 * The participant's screening as the current role may see it, or empty when none was
	 * started.
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public Optional<ScreeningView> find(ParticipantId participant) {
		Optional<Screening> screening = this.screenings.findByParticipantId(participant.value());
		screening.ifPresent((found) -> this.audit.record(AuditAction.READ, RECORD_TYPE, found.id().toString(),
				"participant=" + participant));
		Actor actor = CurrentActor.require();
		return screening.map((found) -> view(found, actor));
	}

	/** The steps the current role may see and answer. */
	public List<ScreeningStep> stepsFor(Actor actor) {
		return ScreeningForm.steps()
			.stream()
			.filter((step) -> !step.clinical() || actor.hasPermission(Permission.CLINICAL_SCREEN_ACCESS))
			.toList();
	}

	/**
	 * Starts the screening of a participant whose referral was accepted; a screening
	 * already started is returned as it is.
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_WRITE')")
	@Transactional
	public ScreeningView start(ParticipantId participant) {
		Optional<Screening> existing = this.screenings.findByParticipantId(participant.value());
		if (existing.isPresent()) {
			return view(existing.get(), CurrentActor.require());
		}
		ParticipantDetails details = this.participants.get(participant);
		if (details.stage() != ProgramStage.SCREENING) {
			throw new ScreeningRefused(Map.of("*", "screening.error.notAccepted"));
		}
		Actor actor = CurrentActor.require();
		Screening screening = Screening.start(actor.agencyId().value(), participant.value(), now(), actor.username());
		// What the referral papers already say starts the referral step (501.115(b)(2)).
		ReferralDetails papers = details.referral();
		Map<String, String> fromPapers = new LinkedHashMap<>();
		fromPapers.put("chargeType", (papers.chargeType() != null) ? papers.chargeType().name() : null);
		fromPapers.put("offenceDescription", papers.offenceDescription());
		fromPapers.put("orderOfProtection",
				(papers.orderOfProtection() != null) ? papers.orderOfProtection().name() : null);
		fromPapers.put("nextCourtDate", (papers.nextCourtDate() != null) ? papers.nextCourtDate().toString() : null);
		screening.answer(fromPapers, now(), actor.username());
		this.screenings.save(screening);
		this.audit.record(AuditAction.CREATE, RECORD_TYPE, screening.id().toString(), "participant=" + participant);
		return view(screening, actor);
	}

	/**
	 * Saves the answers to one step as a draft. Answers in the wrong form refuse the
	 * whole save; missing answers do not, they are returned so the form can show what the
	 * step still needs.
	 * @param version the version the form was read at
	 * @return what the step still lacks, by question code
	 * @throws ScreeningRefused when an answer is not valid or the screening is complete
	 * @throws OptimisticLockingFailureException when someone else saved the screening
	 * after the form was read (the user's own autosave in between is no conflict)
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_WRITE')")
	@Transactional
	public SavedStep saveStep(ParticipantId participant, int stepNumber, long version, Map<String, String> given) {
		Actor actor = CurrentActor.require();
		ScreeningStep step = ScreeningForm.step(stepNumber)
			.orElseThrow(() -> new RecordNotFoundException("screening step", stepNumber));
		if (step.clinical() && !actor.hasPermission(Permission.CLINICAL_SCREEN_ACCESS)) {
			throw new AccessDeniedException("Clinical screening step " + stepNumber);
		}
		Screening screening = loadOpen(participant, version, actor);
		Map<String, String> answers = new LinkedHashMap<>();
		for (ScreeningField field : step.fields()) {
			// Questions not sent keep their answer; those sent blank are cleared.
			if (given.containsKey(field.code())) {
				answers.put(field.code(), given.get(field.code()));
			}
		}
		ParticipantDetails details = this.participants.get(participant);
		Map<String, String> problems = ScreeningForm.check(step, answers, details.referredOn(),
				LocalDate.now(this.clock));
		if (!problems.isEmpty()) {
			throw new ScreeningRefused(problems);
		}
		screening.answer(answers, now(), actor.username());
		Screening saved = this.screenings.save(screening);
		this.audit.record(AuditAction.UPDATE, RECORD_TYPE, screening.id().toString(),
				"participant=" + participant + ", step=" + stepNumber + ", questions=" + answers.keySet());
		return new SavedStep(saved.version(), ScreeningForm.missing(step, saved.answers()));
	}

	/**
	 * Completes the screening once every step holds what 501.115(b) requires; it is then
	 * closed to changes.
	 * @throws ScreeningRefused naming the incomplete steps
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_WRITE') and hasAuthority('CLINICAL_SCREEN_ACCESS')")
	@Transactional
	public void complete(ParticipantId participant, long version) {
		Actor actor = CurrentActor.require();
		Screening screening = loadOpen(participant, version, actor);
		List<Integer> incomplete = ScreeningForm.incompleteSteps(screening.answers());
		if (!incomplete.isEmpty()) {
			Map<String, String> problems = new LinkedHashMap<>();
			incomplete.forEach((step) -> problems.put("step" + step, "screening.error.stepIncomplete"));
			throw new ScreeningRefused(problems);
		}
		screening.complete(now(), actor.username());
		this.screenings.save(screening);
		this.audit.record(AuditAction.UPDATE, RECORD_TYPE, screening.id().toString(),
				"participant=" + participant + ", completed");
	}

	/**
	 * The coded results eligibility and enrolment need; no descriptive answers, and the
	 * clinical ones only for roles that may see them.
	 */
	@PreAuthorize("hasAuthority('PARTICIPANT_READ')")
	@Transactional
	public ScreeningSummary summary(ParticipantId participant) {
		return this.screenings.findByParticipantId(participant.value()).map((screening) -> {
			this.audit.record(AuditAction.READ, RECORD_TYPE + "-summary", screening.id().toString(),
					"participant=" + participant);
			Map<String, String> answers = visibleTo(CurrentActor.require(), screening.answers());
			return new ScreeningSummary(screening.isComplete(), answers.get("chargeType"),
					answers.get("primaryAggressor"), answers.get("medicalImpact"), answers.get("mentalHealthImpact"),
					answers.get("substanceUse"), answers.get("substanceTreatment"));
		}).orElseGet(ScreeningSummary::notStarted);
	}

	private ScreeningView view(Screening screening, Actor actor) {
		return screening.toView(visibleTo(actor, screening.answers()));
	}

	private Map<String, String> visibleTo(Actor actor, Map<String, String> answers) {
		if (actor.hasPermission(Permission.CLINICAL_SCREEN_ACCESS)) {
			return answers;
		}
		Map<String, String> visible = new LinkedHashMap<>(answers);
		ScreeningForm.steps()
			.stream()
			.filter(ScreeningStep::clinical)
			.flatMap((step) -> step.fields().stream())
			.forEach((field) -> visible.remove(field.code()));
		return visible;
	}

	/**
	 * The screening to change: still open, and not saved by someone else since the form
	 * was read at {@code version} (the user's own autosave in between is no conflict).
	 */
	private Screening loadOpen(ParticipantId participant, long version, Actor actor) {
		Screening screening = load(participant);
		if (screening.isComplete()) {
			throw new ScreeningRefused(Map.of("*", "screening.error.complete"));
		}
		if (screening.version() != version && !screening.lastSavedBy(actor.username())) {
			throw new OptimisticLockingFailureException("Screening of " + participant + " was saved by someone else");
		}
		return screening;
	}

	private Screening load(ParticipantId participant) {
		return this.screenings.findByParticipantId(participant.value())
			.orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, participant));
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

	/**
	 * A step saved as a draft.
	 *
	 * @param version the screening's version after the save
	 * @param missing what the step still lacks, by question code
	 */
	public record SavedStep(long version, Map<String, String> missing) {

		public SavedStep {
			missing = Map.copyOf(missing);
		}

	}

}
