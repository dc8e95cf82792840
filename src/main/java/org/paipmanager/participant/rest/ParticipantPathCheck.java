package org.paipmanager.participant.rest;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.paipmanager.participant.ParticipantManagement;
import org.paipmanager.shared.ParticipantId;
import org.paipmanager.shared.RecordNotFoundException;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every API route under {@code /api/participants/{id}}, whichever module answers it,
 * answers 404 for a participant who is not on file in the caller's agency, before it
 * binds input or lists anything. Without it the lists of another agency's participant
 * (releases, letters, eligibility, mandated reports, referrals) answered 200 with an
 * empty list where the participant's own route answered 404 (issue 9, authorization
 * matrix).
 */
@Configuration(proxyBeanMethods = false)
class ParticipantPathCheck implements WebMvcConfigurer, HandlerInterceptor {

	private final ParticipantManagement participants;

	ParticipantPathCheck(ParticipantManagement participants) {
		this.participants = participants;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/api/participants/*", "/api/participants/*/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
				&& variables.get("id") instanceof String id) {
			ParticipantId participant;
			try {
				participant = new ParticipantId(UUID.fromString(id));
			}
			catch (IllegalArgumentException ex) {
				// Not an id at all: the route's own binding answers.
				return true;
			}
			if (!this.participants.exists(participant)) {
				throw new RecordNotFoundException("participant", id);
			}
		}
		return true;
	}

}
