package org.paipmanager.referralreports;

import java.util.Map;

import org.paipmanager.shared.ChangeRefused;

/** A viewer account that cannot be linked as given; nothing was saved. */
public class ViewerLinkRefused extends ChangeRefused {

	ViewerLinkRefused(Map<String, String> problems) {
		super("The viewer account was not linked.", problems);
	}

}
