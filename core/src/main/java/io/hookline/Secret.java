package io.hookline;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a config key as secret: a password, a token. Put it on a record component, a field, or a Kotlin constructor
 * property ({@code @param:Secret} or {@code @field:Secret}).
 *
 * <p>Contract: a secret's value is masked wherever Hookline shows or saves a config: {@code --cfg} output, each job's
 * saved config, and error messages. Its value is bound as any other. {@link ConfigSpec#secret} marks keys the same way
 * without an annotation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Secret {}
