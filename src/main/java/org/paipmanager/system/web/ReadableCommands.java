package org.paipmanager.system.web;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.BeanInstantiationException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.ModelAttributeMethodProcessor;
import org.springframework.web.method.annotation.ModelFactory;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * A form command survives a value that cannot be read. Spring builds a record command
 * through its constructor; when one value cannot be converted at all (letters in a date
 * or a number, an unknown choice), it records a {@code typeMismatch} error and hands the
 * controller a command built with null in its place, or no command at all when a nested
 * row or the constructor fails, while the model holds no command either way, so the page
 * cannot show the form again. Here the command is built once more from the values that
 * could be read, with nothing for the unreadable ones (rows kept), and put into the model
 * with the original errors: the field says "could not be read" (message
 * {@code typeMismatch}), the form shows what was typed, and the controller sees
 * {@code errors.hasErrors()} and saves nothing (ADR 0027).
 */
@Configuration(proxyBeanMethods = false)
class ReadableCommands {

	@Bean
	static BeanPostProcessor commandsSurviveUnreadableValues() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof RequestMappingHandlerAdapter adapter) {
					List<HandlerMethodArgumentResolver> resolvers = adapter.getArgumentResolvers();
					if (resolvers != null) {
						adapter.setArgumentResolvers(resolvers.stream()
							.map((resolver) -> (resolver instanceof ModelAttributeMethodProcessor commands)
									? new ReadableCommand(commands) : resolver)
							.toList());
					}
				}
				return bean;
			}
		};
	}

	/** A model attribute processor whose commands survive unreadable values. */
	static final class ReadableCommand implements HandlerMethodArgumentResolver {

		private final ModelAttributeMethodProcessor commands;

		ReadableCommand(ModelAttributeMethodProcessor commands) {
			this.commands = commands;
		}

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return this.commands.supportsParameter(parameter);
		}

		@Override
		public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
				NativeWebRequest request, WebDataBinderFactory binders) throws Exception {
			if (container == null || binders == null || parameter.isOptional()) {
				return this.commands.resolveArgument(parameter, container, request, binders);
			}
			String name = ModelFactory.getNameForParameter(parameter);
			HttpServletRequest servlet = request.getNativeRequest(HttpServletRequest.class);
			Object command;
			try {
				command = this.commands.resolveArgument(parameter, container, request, binders);
			}
			catch (BeanInstantiationException ex) {
				// Every value was read, but the command's constructor refused one (a null
				// in a list from a blank choice, say): the blank form, saying so.
				Object blank = (servlet != null && followedByErrors(parameter))
						? construct(request, binders, parameter, name, servlet, Set.of(), (field) -> false) : null;
				if (blank == null) {
					throw ex;
				}
				BindingResult shown = binders.createBinder(request, blank, name).getBindingResult();
				shown.reject("form.unreadable");
				show(container, name, shown);
				return blank;
			}
			// Construction failed when the errors belong to no command; errors of a built
			// command (validation) are left as they are.
			if (!(container.getModel().get(BindingResult.MODEL_KEY_PREFIX + name) instanceof BindingResult unread)
					|| !unread.hasErrors() || unread.getTarget() != null || servlet == null) {
				return command;
			}
			Set<String> unreadable = unread.getFieldErrors()
				.stream()
				.map(FieldError::getField)
				.collect(Collectors.toUnmodifiableSet());
			Object readable = construct(request, binders, parameter, name, servlet, unreadable,
					(field) -> !unreadable.contains(field));
			if (readable == null) {
				// The command refuses a value missing where one could not be read (a
				// collection with a blank entry, say): what Spring built, else the blank
				// form, with the errors.
				readable = (command != null) ? command
						: construct(request, binders, parameter, name, servlet, Set.of(), (field) -> false);
			}
			if (readable == null) {
				return null;
			}
			// A binder made for the command: its binding result reads the command's
			// fields
			// as the form is shown again, and keeps the errors of the first attempt.
			BindingResult shown = binders.createBinder(request, readable, name).getBindingResult();
			shown.addAllErrors(unread);
			show(container, name, shown);
			return readable;
		}

		/** The command and its errors in the model, the errors last as Spring expects. */
		private static void show(ModelAndViewContainer container, String name, BindingResult shown) {
			container.getModel().remove(name);
			container.getModel().remove(BindingResult.MODEL_KEY_PREFIX + name);
			container.addAllAttributes(shown.getModel());
		}

		private static boolean followedByErrors(MethodParameter parameter) {
			Class<?>[] types = parameter.getExecutable().getParameterTypes();
			int next = parameter.getParameterIndex() + 1;
			return next < types.length && Errors.class.isAssignableFrom(types[next]);
		}

		/**
		 * The command built from the request values of the fields kept, or null when they
		 * make none (a constructor that refuses a missing value).
		 */
		private static Object construct(NativeWebRequest request, WebDataBinderFactory binders,
				MethodParameter parameter, String name, HttpServletRequest servlet, Set<String> unreadable,
				Predicate<String> kept) throws Exception {
			WebDataBinder binder = binders.createBinder(request, null, name,
					ResolvableType.forMethodParameter(parameter));
			DataBinder.ValueResolver values = ServletRequestDataBinder.valueResolver(servlet, binder);
			try {
				binder.construct(new DataBinder.ValueResolver() {
					@Override
					public Object resolveValue(String field, Class<?> type) {
						return kept.test(field) ? values.resolveValue(field, type) : null;
					}

					@Override
					public Set<String> getNames() {
						// Every row sent stays a row, even one whose only value is
						// unreadable.
						return values.getNames()
							.stream()
							.filter((field) -> kept.test(field) || unreadable.contains(field))
							.collect(Collectors.toUnmodifiableSet());
					}
				});
			}
			catch (BeanInstantiationException ex) {
				return null;
			}
			return binder.getBindingResult().hasErrors() ? null : binder.getTarget();
		}

	}

}
