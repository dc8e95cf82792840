package org.paipmanager.correspondence.rest;

import java.util.List;

import org.paipmanager.correspondence.CorrespondenceManagement;
import org.paipmanager.correspondence.LetterListing;
import org.paipmanager.shared.ParticipantId;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A participant's correspondence as JSON: the list of letters, newest first.
 */
@RestController
class CorrespondenceApi {

	private final CorrespondenceManagement correspondence;

	CorrespondenceApi(CorrespondenceManagement correspondence) {
		this.correspondence = correspondence;
	}

	@GetMapping("/api/participants/{id}/correspondence")
	List<LetterListing> letters(@PathVariable ParticipantId id) {
		return this.correspondence.letters(id);
	}

}
