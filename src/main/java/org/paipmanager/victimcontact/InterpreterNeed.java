package org.paipmanager.victimcontact;

/**
 * The interpreter the victim/survivor needs to take part (seed 004, step 4): none, a
 * spoken-language interpreter or an ASL interpreter.
 */
public enum InterpreterNeed {

	NONE, SPOKEN_LANGUAGE, ASL

}
