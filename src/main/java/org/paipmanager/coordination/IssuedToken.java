package org.paipmanager.coordination;

import java.util.UUID;

/**
 * The secret token a partner agency presents with its status updates. It is shown once,
 * when issued; only a hash of it is kept.
 */
public record IssuedToken(UUID partnerAgencyId, String token) {

	@Override
	public String toString() {
		return "IssuedToken[partnerAgencyId=" + this.partnerAgencyId + ", token=(hidden)]";
	}

}
