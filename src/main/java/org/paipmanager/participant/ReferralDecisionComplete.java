package org.paipmanager.participant;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A rejection names its reason and alternative sanction, and explains "other"
 * (501.230(a)). Each missing part is reported on its own field, so forms and the API show
 * it beside the field.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ReferralDecisionComplete.Check.class)
public @interface ReferralDecisionComplete {

	String message() default "{referralDecision.incomplete}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Reports each missing part of a rejection on its field. */
	class Check implements ConstraintValidator<ReferralDecisionComplete, ReferralDecisionCommand> {

		@Override
		public boolean isValid(ReferralDecisionCommand command, ConstraintValidatorContext context) {
			if (command == null || command.outcome() != ReferralOutcome.REJECTED) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			boolean valid = true;
			if (command.rejectionReason() == null) {
				valid = reject(context, "rejectionReason", "{referralDecision.reasonRequired}");
			}
			if (command.alternativeSanction() == null) {
				valid = reject(context, "alternativeSanction", "{referralDecision.sanctionRequired}");
			}
			if (command.needsExplanation() && command.explanation() == null) {
				valid = reject(context, "explanation", "{referralDecision.explanationRequired}");
			}
			return valid;
		}

		private static boolean reject(ConstraintValidatorContext context, String field, String message) {
			context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
			return false;
		}

	}

}
