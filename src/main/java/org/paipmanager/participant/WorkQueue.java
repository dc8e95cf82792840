package org.paipmanager.participant;

import java.util.List;

/**
 * One intake work queue: participants waiting at a stage, and how many days the one
 * waiting longest has been there.
 */
public record WorkQueue(ProgramStage stage, long count, long oldestWaitingDays) {

	/** The stages where someone at the program has to act next. */
	static final List<ProgramStage> STAGES = List.of(ProgramStage.REFERRED, ProgramStage.SCREENING,
			ProgramStage.ELIGIBLE);

}
