package org.paipmanager;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(PaipManagerApplication.class);

	@Test
	void modulesRespectTheirDeclaredDependencies() {
		this.modules.verify();
	}

	@Test
	void foundationModulesExist() {
		assertThat(this.modules.stream().map((module) -> module.getIdentifier().toString())).contains("shared",
				"system", "agency", "audit", "staff");
	}

	/** Regenerates the module map that docs/architecture.md includes. */
	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
