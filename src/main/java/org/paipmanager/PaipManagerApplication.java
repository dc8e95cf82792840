package org.paipmanager;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * PAIP Manager: case management for Partner Abuse Intervention Programs under 89 Ill.
 * Adm. Code Part 501.
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class PaipManagerApplication {

	public static void main(String[] args) {
		SpringApplication.run(PaipManagerApplication.class, args);
	}

}
