package org.paipmanager.consent;

import java.util.ArrayList;
import java.util.List;

/**
 * The statutory elements of a release beyond its recipient, information, purpose and
 * dates (740 ILCS 110/5, 42 CFR 2.31), as signed. A release recorded before they were
 * asked for has no witness and no explained rights: {@link #missing} names what it lacks.
 *
 * @param disclosingProgram the program permitted to disclose (42 CFR 2.31(a)(2))
 * @param informationDetail how much and what kind of information (42 CFR 2.31(a)(3))
 * @param refusalConsequences what refusing to sign means (740 ILCS 110/5(b)(5))
 * @param expiryEvent an event ending the release before its date (42 CFR 2.31(a)(7))
 * @param signedBy who signed (42 CFR 2.31(a)(8))
 * @param witnessName who attests the signer's identity (740 ILCS 110/5(c))
 */
public record ReleaseElements(String disclosingProgram, String informationDetail, String refusalConsequences,
		String expiryEvent, Signatory signedBy, String representativeName, String witnessName,
		boolean rightToRevokeExplained, boolean rightToInspectExplained) {

	static ReleaseElements of(ReleaseCommand command, String disclosingProgram) {
		return new ReleaseElements(Release.blankToNull(disclosingProgram),
				Release.blankToNull(command.informationDetail()), Release.blankToNull(command.refusalConsequences()),
				Release.blankToNull(command.expiryEvent()), command.signedBy(),
				(command.signedBy() == Signatory.LEGAL_REPRESENTATIVE)
						? Release.blankToNull(command.representativeName()) : null,
				Release.blankToNull(command.witnessName()), Boolean.TRUE.equals(command.rightToRevokeExplained()),
				Boolean.TRUE.equals(command.rightToInspectExplained()));
	}

	/**
	 * Message keys of the elements this release lacks, each naming its statute; empty for
	 * a complete release.
	 */
	public List<String> missing() {
		List<String> missing = new ArrayList<>();
		if (this.witnessName == null) {
			missing.add("consent.release.missing.witness");
		}
		if (!this.rightToRevokeExplained) {
			missing.add("consent.release.missing.rightToRevoke");
		}
		if (!this.rightToInspectExplained) {
			missing.add("consent.release.missing.rightToInspect");
		}
		return missing;
	}

	public boolean complete() {
		return missing().isEmpty();
	}

}
