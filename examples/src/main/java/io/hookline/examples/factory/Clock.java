package io.hookline.examples.factory;

/** A collaborator that reflection cannot make: the time of day, as the container provides it. */
@FunctionalInterface
public interface Clock {

  /** Returns the hour of the day, 0 to 23. */
  int hour();
}
