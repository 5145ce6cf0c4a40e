/**
 * The deploy example: {@link io.hookline.examples.deploy.DeployApp}, a custom hook pipeline with a dry-run option,
 * arounds and a forgotten global hook.
 */
@NullMarked
package io.hookline.examples.deploy;

import org.jspecify.annotations.NullMarked;
