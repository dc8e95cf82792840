package org.paipmanager.group;

import java.util.Map;

import org.paipmanager.shared.ChangeRefused;

/**
 * An individual session the rules of 501.90(a) refuse (GRP-5): a fifth or later one
 * without the documented rationale, one before the program started, or one of someone not
 * enrolled. Each message names the rule. Nothing was saved.
 */
public class IndividualSessionRefused extends ChangeRefused {

	IndividualSessionRefused(Map<String, String> problems) {
		super("The individual session was not recorded (501.90(a)). Nothing was saved.", problems);
	}

}
