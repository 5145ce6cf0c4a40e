/**
 * How configs are read, written, checked and bound: trees with origins, the readers and writer, the schema, the
 * record binder and Jackson, overrides, suggestions and atomic files. Not API: anything here may change in any
 * release.
 *
 * <p>A type here is public only where another of Hookline's packages uses it; none of them is API.
 */
@NullMarked
package io.hookline.config.internal;

import org.jspecify.annotations.NullMarked;
