package org.paipmanager.contract;

import java.net.http.HttpResponse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.DisplayName;
import org.paipmanager.FuzzSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9, bad input: the signed scan of a participant contract (PAR-7), the upload of
 * the signing form, fuzzed by Jazzer. Reading what a file is never throws, whatever its
 * bytes; the upload with any bytes and any file name is answered with the signing page,
 * never a server error or a stack trace. The signer's name is wrong on purpose, so the
 * scan is checked on every input and nothing is ever signed. Seeds are under
 * {@code ContractScanFuzzTestsInputs}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContractScanFuzzTests {

	private static ReadyToSign ready;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@FuzzTest(maxDuration = "3m")
	@DisplayName("PAR-7: what a scan is comes from its bytes and reading them never throws")
	void readsAnyBytesWithoutThrowing(byte[] scan) {
		ScanContent.mediaType(scan)
			.ifPresent((type) -> assertThat(type).isIn("application/pdf", "image/png", "image/jpeg"));
	}

	@FuzzTest(maxDuration = "3m")
	@DisplayName("PAR-7: any scan under any file name is answered on the signing page, never a 5xx or a stack trace")
	void answersAnyUploadWithoutServerError(FuzzedDataProvider data) {
		String filename = data.consumeString(120);
		String contentType = data.pickValue(new String[] { "application/pdf", "image/png", "text/html",
				"application/octet-stream", "image/svg+xml" });
		byte[] scan = data.consumeRemainingAsBytes();
		HttpResponse<String> answer = ready().sign("Someone Else", filename, contentType, scan);
		FuzzSupport.assertAnswered(answer, "signing with a scan");
		assertThat(answer.statusCode()).as(answer.body()).isIn(200, 400, 413);
	}

	private ReadyToSign ready() {
		synchronized (ContractScanFuzzTests.class) {
			if (ready == null || !ready.intake().base().endsWith(":" + this.port)) {
				ready = ReadyToSign.prepare(this.context, this.port);
			}
			return ready;
		}
	}

}
