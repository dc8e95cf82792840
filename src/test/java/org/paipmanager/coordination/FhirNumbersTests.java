package org.paipmanager.coordination;

import java.util.concurrent.TimeUnit;

import ca.uhn.fhir.parser.DataFormatException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FhirNumbersTests {

	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS)
	@DisplayName("COO-2: a partner's Task with a decimal of a huge exponent (found by Jazzer, minutes in HAPI's parser) is refused before parsing")
	void hugeExponentRefusedBeforeParsing() {
		String slow = "{\"resourceType\":\"Task\",\"id\":\"t1\",\"status\":\"accepted\",\"intent\":\"order\","
				+ "\"extension\":[{\"url\":\"x\",\"valueDecimal\":19999e999999999}]}";
		assertThatThrownBy(() -> FhirReferralDocument.parseTask(slow)).isInstanceOf(DataFormatException.class)
			.hasMessageContaining("exponent");
		assertThatThrownBy(() -> FhirNumbers.refuseUnreasonable("{\"a\":1E-00000000401}"))
			.isInstanceOf(DataFormatException.class);
		assertThatThrownBy(() -> FhirNumbers.refuseUnreasonable("{\"a\":" + "9".repeat(65) + "}"))
			.hasMessageContaining("longer than 64");
	}

	@Test
	@DisplayName("COO-2: ordinary numbers, and numbers inside strings, pass to the parser")
	void ordinaryNumbersPass() {
		FhirNumbers.refuseUnreasonable("{\"a\":-12.5,\"b\":1e10,\"c\":2E-400,\"d\":\"19999e999999999\","
				+ "\"e\":\"quote \\\" then 19999e999999999\",\"f\":[0,1,2]}");
		String task = "{\"resourceType\":\"Task\",\"id\":\"t1\",\"status\":\"accepted\",\"intent\":\"order\","
				+ "\"extension\":[{\"url\":\"x\",\"valueDecimal\":12.25}]}";
		assertThat(FhirReferralDocument.parseTask(task).getStatus().toCode()).isEqualTo("accepted");
	}

}
