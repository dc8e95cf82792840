package org.paipmanager.statistics;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new revision of the evaluation plan (501.170): what the program aims at, how it
 * measures it, the data it collects and analyses, and when. {@code baseRevision} is the
 * revision the editor started from; a save based on an older one is a conflict.
 */
public record EvaluationPlanCommand(@Min(0) int baseRevision, @NotBlank @Size(max = 8000) String goals,
		@NotBlank @Size(max = 8000) String measures, @NotBlank @Size(max = 8000) String dataCollected,
		@NotBlank @Size(max = 8000) String schedule) {
}
