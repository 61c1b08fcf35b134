// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.validation;

import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The outcome of validating one input: either valid with a normalised value (e.g. a phone number as
 * {@code 0XXXXXXXXX}, a parsed date), or invalid with one or more {@link ValidationProblem}s.
 *
 * @param <T> the type of the normalised value
 */
public final class ValidationResult<T> {

    private final T value;
    private final List<ValidationProblem> problems;

    private ValidationResult(T value, List<ValidationProblem> problems) {
        this.value = value;
        this.problems = List.copyOf(problems);
    }

    /**
     * Creates a valid result.
     *
     * @param <T>   the value type
     * @param value the normalised value, not {@code null}
     * @return the result
     */
    public static <T> ValidationResult<T> valid(T value) {
        return new ValidationResult<>(Objects.requireNonNull(value, "value"), List.of());
    }

    /**
     * Creates an invalid result.
     *
     * @param <T>      the value type
     * @param problems at least one problem
     * @return the result
     */
    public static <T> ValidationResult<T> invalid(List<ValidationProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An invalid result needs at least one problem");
        }
        return new ValidationResult<>(null, problems);
    }

    /**
     * Creates an invalid result with one problem.
     *
     * @param <T>  the value type
     * @param key  the message key
     * @param args the message arguments
     * @return the result
     */
    public static <T> ValidationResult<T> invalid(String key, Object... args) {
        return invalid(List.of(ValidationProblem.of(key, args)));
    }

    /**
     * Tells whether the input is valid.
     *
     * @return {@code true} if there is no problem
     */
    public boolean isValid() {
        return problems.isEmpty();
    }

    /**
     * Returns the normalised value.
     *
     * @return the value, empty when invalid
     */
    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    /**
     * Returns the normalised value of a valid result.
     *
     * @return the value
     * @throws NoSuchElementException with the Vietnamese problem text when invalid
     */
    public T orElseThrow() {
        if (value == null) {
            throw new NoSuchElementException(message(null));
        }
        return value;
    }

    /**
     * Returns the problems.
     *
     * @return the unmodifiable problems, empty when valid
     */
    public List<ValidationProblem> problems() {
        return problems;
    }

    /**
     * Tells whether a problem with the given key was found.
     *
     * @param key the message key
     * @return {@code true} if present
     */
    public boolean hasProblem(String key) {
        return problems.stream().anyMatch(p -> p.key().equals(key));
    }

    /**
     * Returns all problem texts joined by {@code "; "}.
     *
     * @param locale the language ({@code null} = Vietnamese)
     * @return the text, empty when valid
     */
    public String message(Locale locale) {
        return problems.stream().map(p -> p.message(locale)).collect(Collectors.joining("; "));
    }

    @Override
    public String toString() {
        return isValid() ? "Valid[" + value + "]" : "Invalid" + problems;
    }
}
