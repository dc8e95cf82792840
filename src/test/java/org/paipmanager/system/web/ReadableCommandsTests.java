package org.paipmanager.system.web;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.core.MethodParameter;
import org.springframework.format.datetime.standard.DateTimeFormatterRegistrar;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.support.ConfigurableWebBindingInitializer;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.ServletModelAttributeMethodProcessor;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;

import static org.assertj.core.api.Assertions.assertThat;

class ReadableCommandsTests {

	private final ReadableCommands.ReadableCommand resolver = new ReadableCommands.ReadableCommand(
			new ServletModelAttributeMethodProcessor(false));

	@Test
	void buildsTheCommandFromTheReadableValuesAndKeepsAnErrorOnEachUnreadableOne() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/sessions");
		request.addParameter("heldOn", "2026-13-45");
		request.addParameter("note", "Group met in room 2");
		request.addParameter("lines[0].hours", "1.5");
		request.addParameter("lines[1].hours", "two");
		ModelAndViewContainer model = new ModelAndViewContainer();

		Object resolved = resolve(request, model);

		assertThat(resolved).isEqualTo(new Session(null, "Group met in room 2",
				List.of(new Session.Line(new BigDecimal("1.5")), new Session.Line(null))));
		assertThat(model.getModel().get("session")).as(model.getModel().toString()).isSameAs(resolved);
		BindingResult errors = lastBindingResult(model);
		assertThat(errors.getTarget()).isSameAs(resolved);
		assertThat(errors.getFieldErrors()).extracting((error) -> error.getField() + "=" + error.getRejectedValue())
			.containsExactlyInAnyOrder("heldOn=2026-13-45", "lines[1].hours=two");
		assertThat(errors.getFieldError("heldOn").getCodes()).contains("typeMismatch");
		// The form shows again what was typed, read or not.
		assertThat(errors.getFieldValue("heldOn")).isEqualTo("2026-13-45");
		assertThat(errors.getFieldValue("note")).isEqualTo("Group met in room 2");
	}

	@Test
	void leavesAReadableCommandAsSpringBindsIt() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/sessions");
		request.addParameter("heldOn", "2026-11-02");
		request.addParameter("note", "");
		ModelAndViewContainer model = new ModelAndViewContainer();

		Object resolved = resolve(request, model);

		assertThat(resolved).isEqualTo(new Session(LocalDate.of(2026, 11, 2), "", List.of()));
		assertThat(lastBindingResult(model).hasErrors()).isFalse();
	}

	@Test
	void showsTheBlankCommandWhenTheReadableValuesMakeNone() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/choices");
		request.addParameter("on", "yesterday");
		// A blank choice reads as null, which the command's Set.copyOf refuses.
		request.addParameter("levels", "", "HIGH");
		ModelAndViewContainer model = new ModelAndViewContainer();

		Object resolved = resolve("choose", Choice.class, request, model);

		assertThat(resolved).isEqualTo(new Choice(null, Set.of()));
		BindingResult errors = lastBindingResult(model);
		assertThat(errors.getTarget()).isSameAs(resolved);
		assertThat(errors.getFieldErrors()).extracting((error) -> error.getField()).containsExactly("on");
		assertThat(errors.getFieldValue("on")).isEqualTo("yesterday");
	}

	@Test
	void showsTheBlankCommandWhenItsConstructorRefusesAValueThatWasRead() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/tags");
		// Nothing is unreadable, but the blank choice reads as null, which List.copyOf
		// refuses: Spring alone would answer with a server error.
		request.addParameter("levels", "", "LOW");
		ModelAndViewContainer model = new ModelAndViewContainer();

		Object resolved = resolve("tag", Tags.class, request, model);

		assertThat(resolved).isEqualTo(new Tags(List.of()));
		BindingResult errors = lastBindingResult(model);
		assertThat(errors.getTarget()).isSameAs(resolved);
		assertThat(errors.getGlobalErrors()).extracting((error) -> error.getCode()).containsExactly("form.unreadable");
	}

	private Object resolve(MockHttpServletRequest request, ModelAndViewContainer model) throws Exception {
		return resolve("handler", Session.class, request, model);
	}

	private Object resolve(String handlerName, Class<?> command, MockHttpServletRequest request,
			ModelAndViewContainer model) throws Exception {
		ConfigurableWebBindingInitializer initializer = new ConfigurableWebBindingInitializer();
		DefaultFormattingConversionService conversions = new DefaultFormattingConversionService(false);
		DateTimeFormatterRegistrar dates = new DateTimeFormatterRegistrar();
		dates.setUseIsoFormat(true);
		dates.registerFormatters(conversions);
		initializer.setConversionService(conversions);
		Method handler = ReadableCommandsTests.class.getDeclaredMethod(handlerName, command, BindingResult.class);
		MethodParameter parameter = new MethodParameter(handler, 0);
		assertThat(this.resolver.supportsParameter(parameter)).isTrue();
		return this.resolver.resolveArgument(parameter, model, new ServletWebRequest(request),
				new ServletRequestDataBinderFactory(null, initializer));
	}

	private static BindingResult lastBindingResult(ModelAndViewContainer model) {
		// Spring hands the controller the binding result that comes last in the model.
		Object last = model.getModel().values().stream().reduce((first, second) -> second).orElseThrow();
		assertThat(last).isInstanceOf(BindingResult.class);
		return (BindingResult) last;
	}

	@SuppressWarnings("unused")
	private void handler(@ModelAttribute("session") Session session, BindingResult errors) {
	}

	@SuppressWarnings("unused")
	private void choose(@ModelAttribute("choice") Choice choice, BindingResult errors) {
	}

	@SuppressWarnings("unused")
	private void tag(@ModelAttribute("tags") Tags tags, BindingResult errors) {
	}

	record Tags(List<Level> levels) {

		Tags {
			levels = (levels != null) ? List.copyOf(levels) : List.of();
		}

	}

	enum Level {

		LOW, HIGH

	}

	record Choice(LocalDate on, Set<Level> levels) {

		Choice {
			levels = (levels != null) ? Set.copyOf(levels) : Set.of();
		}

	}

	record Session(LocalDate heldOn, String note, List<Line> lines) {

		Session {
			lines = (lines != null) ? List.copyOf(lines) : List.of();
		}

		record Line(BigDecimal hours) {

		}

	}

}
