package org.paipmanager.intake;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.paipmanager.intake.domain.ScreeningForm;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A participant's intake screening: a draft until completed, then closed to changes. */
@Table("intake_screening")
class Screening {

	@Id
	private final UUID id;

	private final UUID agencyId;

	private final UUID participantId;

	private final Instant startedAt;

	private final String startedBy;

	private Instant lastSavedAt;

	private String lastSavedBy;

	private Instant completedAt;

	private String completedBy;

	@Version
	private Long version;

	@MappedCollection(idColumn = "screening_id")
	private final Set<ScreeningAnswer> answers;

	Screening(UUID id, UUID agencyId, UUID participantId, Instant startedAt, String startedBy, Instant lastSavedAt,
			String lastSavedBy, Instant completedAt, String completedBy, Long version, Set<ScreeningAnswer> answers) {
		this.id = id;
		this.agencyId = agencyId;
		this.participantId = participantId;
		this.startedAt = startedAt;
		this.startedBy = startedBy;
		this.lastSavedAt = lastSavedAt;
		this.lastSavedBy = lastSavedBy;
		this.completedAt = completedAt;
		this.completedBy = completedBy;
		this.version = version;
		this.answers = new HashSet<>(answers);
	}

	static Screening start(UUID agencyId, UUID participantId, Instant now, String username) {
		return new Screening(UUID.randomUUID(), agencyId, participantId, now, username, now, username, null, null, null,
				Set.of());
	}

	Map<String, String> answers() {
		Map<String, String> byCode = new LinkedHashMap<>();
		this.answers.forEach((answer) -> byCode.put(answer.fieldCode(), answer.answer()));
		return byCode;
	}

	/** Replaces the answers to the given questions; a blank answer clears one. */
	void answer(Map<String, String> given, Instant now, String username) {
		if (isComplete()) {
			throw new IllegalStateException("A completed screening is not changed");
		}
		given.forEach((code, value) -> {
			this.answers.removeIf((answer) -> answer.fieldCode().equals(code));
			if (value != null && !value.isBlank()) {
				this.answers.add(new ScreeningAnswer(this.agencyId, code, value.strip()));
			}
		});
		this.lastSavedAt = now;
		this.lastSavedBy = username;
	}

	void complete(Instant now, String username) {
		this.completedAt = now;
		this.completedBy = username;
		this.lastSavedAt = now;
		this.lastSavedBy = username;
	}

	/** Whether the last save was this user's, such as their own autosave. */
	boolean lastSavedBy(String username) {
		return this.lastSavedBy.equals(username);
	}

	boolean isComplete() {
		return this.completedAt != null;
	}

	/**
	 * The screening with the answers a role may see; the count of incomplete steps covers
	 * every step, clinical ones included, without showing their answers.
	 */
	ScreeningView toView(Map<String, String> visibleAnswers) {
		return new ScreeningView(this.id, this.version, this.startedAt, this.startedBy, this.lastSavedAt,
				this.lastSavedBy, this.completedAt, this.completedBy, visibleAnswers,
				ScreeningForm.incompleteSteps(answers()).size());
	}

	UUID id() {
		return this.id;
	}

	UUID participantId() {
		return this.participantId;
	}

	long version() {
		return this.version;
	}

	/** One answer, stored per question. */
	@Table("intake_screening_answer")
	record ScreeningAnswer(UUID agencyId, String fieldCode, String answer) {
	}

}
