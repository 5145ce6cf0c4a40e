/** A program outside Hookline whose jar states its version in its manifest, for {@code --version}'s test. */
@NullMarked
package org.acme.versioned;

import org.jspecify.annotations.NullMarked;
