package org.paipmanager.breakglass;

import java.util.Map;

import org.paipmanager.shared.ChangeRefused;

/** A break-glass request or review the rules refused; nothing was saved. */
public class BreakGlassRefused extends ChangeRefused {

	BreakGlassRefused(String field, String messageKey) {
		super("The emergency access was not changed.", Map.of(field, messageKey));
	}

}
