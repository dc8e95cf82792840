package org.paipmanager.group.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.validation.Valid;

import org.paipmanager.shared.ProgramZone;
import org.paipmanager.group.AppendixAttitude;
import org.paipmanager.group.CurriculumComponent;
import org.paipmanager.group.CurriculumDetails;
import org.paipmanager.group.GroupCommand;
import org.paipmanager.group.GroupComposition;
import org.paipmanager.group.GroupDetails;
import org.paipmanager.group.GroupManagement;
import org.paipmanager.group.GroupPurpose;
import org.paipmanager.group.PlanningCurriculum;
import org.paipmanager.group.SessionTopic;
import org.paipmanager.group.TopicDetails;
import org.paipmanager.group.GroupRuleViolation;
import org.paipmanager.group.domain.SessionCalendar;
import org.paipmanager.shared.ParticipantId;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/groups")
class GroupController {

	private final GroupManagement groups;

	private final PlanningCurriculum curriculum;

	private final MessageSource messages;

	private final Clock clock;

	GroupController(GroupManagement groups, PlanningCurriculum curriculum, MessageSource messages, Clock clock) {
		this.groups = groups;
		this.curriculum = curriculum;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String schedule(Model model) {
		model.addAttribute("groups", this.groups.schedule());
		model.addAttribute("overdue", this.groups.overdueFacilitators());
		return "group/schedule";
	}

	@GetMapping("/new")
	String newGroup(Model model) {
		return form(model, GroupCommand.blank());
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("group") GroupCommand group, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.groups.create(group);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/groups";
			}
			catch (GroupRuleViolation violation) {
				// Each refusal shows on its field with the rule section behind it.
				violation.refusals()
					.forEach((refusal) -> errors.rejectValue(refusal.field(), refusal.messageKey(),
							new Object[] { refusal.section() }, refusal.messageKey()));
			}
		}
		return form(model, group);
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		model.addAttribute("group", this.groups.get(id));
		model.addAttribute("members", this.groups.members(id));
		model.addAttribute("plan", this.curriculum.plan(id));
		model.addAttribute("components", CurriculumComponent.values());
		return "group/detail";
	}

	/**
	 * The group's next 26 weekly sessions as an iCalendar file (RFC 5545), each with its
	 * topic (GRP-1).
	 */
	@GetMapping(path = "/{id}/sessions.ics", produces = "text/calendar")
	ResponseEntity<String> calendar(@PathVariable UUID id, Locale locale) {
		GroupDetails group = this.groups.get(id);
		CurriculumDetails plan = this.curriculum.plan(id);
		String ics = SessionCalendar.of(group.id(), group.name(), group.location(), group.weekday(), group.startsAt(),
				group.durationMinutes(), LocalDate.now(this.clock.withZone(ProgramZone.ZONE)), 26, this.clock.instant(),
				(day) -> plan.topicOn(day).map((topic) -> calendarTopic(topic, locale)).orElse(null));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("group-sessions.ics").build().toString())
			.body(ics);
	}

	@GetMapping("/{id}/members")
	String placementForm(@PathVariable UUID id, Model model) {
		model.addAttribute("group", this.groups.get(id));
		model.addAttribute("members", this.groups.members(id));
		model.addAttribute("candidates", this.groups.placementCandidates(id));
		return "group/placement";
	}

	@PostMapping("/{id}/members")
	String addMember(@PathVariable UUID id, @RequestParam(required = false) ParticipantId participantId, Model model,
			RedirectAttributes redirect) {
		if (participantId == null) {
			model.addAttribute("placementError", "validation.required");
			return placementForm(id, model);
		}
		try {
			this.groups.addMember(id, participantId);
		}
		catch (GroupRuleViolation violation) {
			// The refusals are shown with the rule each comes from.
			model.addAttribute("refusals", violation.refusals());
			return placementForm(id, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/groups/" + id;
	}

	private String form(Model model, GroupCommand group) {
		model.addAttribute("group", group);
		model.addAttribute("compositions", GroupComposition.values());
		model.addAttribute("purposes", GroupPurpose.values());
		model.addAttribute("weekdays", DayOfWeek.values());
		model.addAttribute("facilitators", this.groups.facilitatorChoices());
		return "group/form";
	}

	/**
	 * The topic in the calendar: its number, title and description, the rule sections it
	 * serves and the homework.
	 */
	private SessionCalendar.Topic calendarTopic(SessionTopic session, Locale locale) {
		TopicDetails topic = session.topic();
		StringBuilder description = new StringBuilder(this.messages.getMessage("curriculum.topicOf",
				new Object[] { topic.number(), session.topicCount() }, locale))
			.append(": ")
			.append(topic.title())
			.append('.');
		if (topic.description() != null) {
			description.append(' ').append(topic.description());
		}
		description.append(' ')
			.append(Stream
				.concat(topic.components().stream().map(CurriculumComponent::section),
						topic.attitudes().stream().map(AppendixAttitude::section))
				.collect(Collectors.joining("; ")));
		if (topic.homework() != null) {
			description.append(' ')
				.append(this.messages.getMessage("curriculum.homework", null, locale))
				.append(": ")
				.append(topic.homework());
		}
		return new SessionCalendar.Topic(topic.title(), description.toString());
	}

}
