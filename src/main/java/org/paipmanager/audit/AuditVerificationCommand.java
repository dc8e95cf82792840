package org.paipmanager.audit;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code bin/verify-audit}: verifies every agency's chain, prints one line per agency and
 * exits with 0 when all are intact, 3 when any is broken.
 */
@Component
@ConditionalOnBooleanProperty("paip.audit.verify-and-exit")
class AuditVerificationCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AuditVerificationCommand.class);

	private final AuditLog audit;

	private final ApplicationContext context;

	AuditVerificationCommand(AuditLog audit, ApplicationContext context) {
		this.audit = audit;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<AuditVerification> results = this.audit.verifyAllAgencies();
		for (AuditVerification result : results) {
			if (result.intact()) {
				log.info("Audit chain of agency {}: intact, {} rows", result.agencyId(), result.rowsChecked());
			}
			else {
				log.error("Audit chain of agency {}: BROKEN at sequence {}: {}", result.agencyId(),
						result.brokenAtSeq(), result.problem());
			}
		}
		boolean intact = results.stream().allMatch(AuditVerification::intact);
		int exitCode = intact ? 0 : 3;
		System.exit(SpringApplication.exit(this.context, (ExitCodeGenerator) () -> exitCode));
	}

}
