package org.paipmanager.participant;

import java.util.Optional;

import org.paipmanager.shared.Actor;

/**
 * One part of the participant file (501.115(b)(11)) contributed by the module that owns
 * its data: screening, referrals out, contract, correspondence. The participant module
 * renders the sections it is given without depending on the modules behind them.
 */
public interface ParticipantFileSection {

	/** Position on the file page; lower comes first. Case notes stand at 900. */
	int order();

	/**
	 * What this section shows for one participant, or empty when the actor's role may not
	 * see it. The file page has already read the participant record (and audited that
	 * read); the owning module audits the read of its own data.
	 */
	Optional<ParticipantFileContent> read(ParticipantDetails participant, Actor actor);

}
