/**
 * The providers' internals: finding them with {@link java.util.ServiceLoader}, and taking a provider's name and
 * options out of the command line's arguments.
 *
 * <p>Nothing in this package is {@code null} unless marked so.
 *
 * <p>A type here is public only where another of Hookline's packages uses it; none of them is API.
 */
@NullMarked
package io.hookline.provider.internal;

import org.jspecify.annotations.NullMarked;
