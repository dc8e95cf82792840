package org.paipmanager.program;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An application for program innovation with the seven conditions of 501.310(a): the
 * written plan or curriculum (1), the reasons for the different approach (2), acceptance
 * of additional monitoring (3), acceptance of a time limit that includes the opportunity
 * for evaluation (4: the trial from {@code trialStartsOn} to {@code timeLimitOn}, the
 * evaluation due within it), the process for evaluating its efficacy (5), adherence to
 * the principles of Part 501 (6) and the evidence-based practice or model it uses (7).
 */
public record InnovationCommand(
		@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String title,
		@NotBlank(message = "{program.innovation.a1}") @Size(max = 5000,
				message = "{validation.tooLong}") String writtenPlan,
		@NotBlank(message = "{program.innovation.a2}") @Size(max = 5000,
				message = "{validation.tooLong}") String reasons,
		@AssertTrue(message = "{program.innovation.a3}") boolean acceptsMonitoring,
		@NotNull(message = "{validation.required}") LocalDate trialStartsOn,
		@NotNull(message = "{program.innovation.a4}") LocalDate timeLimitOn,
		@NotNull(message = "{program.innovation.a4}") LocalDate evaluationDueOn,
		@NotBlank(message = "{program.innovation.a5}") @Size(max = 5000,
				message = "{validation.tooLong}") String evaluationProcess,
		@NotBlank(message = "{program.innovation.a6}") @Size(max = 5000,
				message = "{validation.tooLong}") String principlesAdherence,
		@NotBlank(message = "{program.innovation.a7}") @Size(max = 5000,
				message = "{validation.tooLong}") String evidenceBase,
		@NotNull(message = "{validation.required}") LocalDate submittedOn) {
}
