package org.paipmanager.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The record does not exist or is not visible to the current agency. Both read the same
 * to the user, so a record's existence in another agency is never revealed.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RecordNotFoundException extends RuntimeException {

	public RecordNotFoundException(String recordType, Object id) {
		super(recordType + " " + id + " not found");
	}

}
