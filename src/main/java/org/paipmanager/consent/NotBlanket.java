package org.paipmanager.consent;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A release's words must name specific information, a specific recipient and a specific
 * purpose: a blanket release ("any and all information", "to whom it may concern") is no
 * release at all (740 ILCS 110/5(b), 42 CFR 2.31(a)(3)-(5)).
 */
@Documented
@Constraint(validatedBy = BlanketWording.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface NotBlanket {

	String message() default "{consent.release.blanket}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
