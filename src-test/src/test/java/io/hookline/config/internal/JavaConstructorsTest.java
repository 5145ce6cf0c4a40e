package io.hookline.config.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hookline.InputException;
import java.beans.ConstructorProperties;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A Java class whose constructor's parameter names are not in its class file (the test sources are compiled without
 * {@code -parameters}): bound by the names of its fields, in order, only when that order is sure; by the names of
 * {@code @ConstructorProperties}; and with a narrower constructor supplying what a config leaves out when the types
 * say which parameters it takes. A class whose names cannot be known is refused with the advice that fixes it.
 */
class JavaConstructorsTest {

  /** Two parameters of one type, each kept in the field of its place. */
  public static final class Span {
    final int from;
    final int to;

    public Span(int from, int to) {
      this.from = from;
      this.to = to;
    }
  }

  /** Two parameters of one type, kept in each other's field: the order of the fields says nothing. */
  public static final class Swapped {
    final int from;
    final int to;

    public Swapped(int from, int to) {
      this.to = from;
      this.from = to;
    }
  }

  /** Two flags, which no construction can tell apart. */
  public static final class Switches {
    final boolean verbose;
    final boolean quiet;

    public Switches(boolean verbose, boolean quiet) {
      this.verbose = verbose;
      this.quiet = quiet;
    }
  }

  /** Two strings, each in its field. */
  public static final class Name {
    final String first;
    final String last;

    public Name(String first, String last) {
      this.first = first;
      this.last = last;
    }
  }

  /** A constructor that refuses the values a construction would try. */
  public static final class Range {
    final int low;
    final int high;

    public Range(int low, int high) {
      if (low >= high || low < 100) {
        throw new IllegalArgumentException("low " + low + " must be below high " + high + ", from 100");
      }
      this.low = low;
      this.high = high;
    }
  }

  /** Names given by an annotation, in an order the fields do not follow. */
  public static final class Annotated {
    final int steps;
    final double lr;

    @ConstructorProperties({"lr", "steps"})
    public Annotated(double lr, int steps) {
      this.lr = lr;
      this.steps = steps;
    }
  }

  /** An annotation that names fewer parameters than the constructor has. */
  public static final class Misannotated {
    final double lr;
    final int steps;

    @ConstructorProperties({"lr"})
    public Misannotated(double lr, int steps) {
      this.lr = lr;
      this.steps = steps;
    }
  }

  /** A narrower constructor whose one parameter's type says which of the wider one's it is. */
  public static final class Adam {
    final double lr;
    final int steps;

    public Adam(double lr) {
      this(lr, 10);
    }

    public Adam(double lr, int steps) {
      this.lr = lr;
      this.steps = steps;
    }
  }

  /** A narrower constructor whose one parameter could be either of the wider one's. */
  public static final class Grid {
    final int rows;
    final int columns;

    public Grid(int size) {
      this(size, size);
    }

    public Grid(int rows, int columns) {
      this.rows = rows;
      this.columns = columns;
    }
  }

  @Test
  void fieldsInTheParametersOrderNameThemWhenAConstructionConfirmsIt() {
    Span span = Binder.bind(Map.of("from", 1, "to", 2), Span.class, "span", Map.of());
    assertThat(new int[] {span.from, span.to}).containsExactly(1, 2);
    Name name = Binder.bind(Map.of("first", "Ada", "last", "Lovelace"), Name.class, "name", Map.of());
    assertThat(name.first + " " + name.last).isEqualTo("Ada Lovelace");
  }

  @Test
  void fieldsWhoseOrderIsNotSureAreRefusedWithTheAdvice() {
    for (Class<?> type : new Class<?>[] {Swapped.class, Switches.class, Range.class, Misannotated.class}) {
      assertThatThrownBy(() -> Binder.bind(Map.of(), type, "c", Map.of()))
          .isInstanceOf(InputException.class)
          .hasMessage("config 'c': the names of " + type.getSimpleName() + "'s constructor parameters are not in its"
              + " class file; compile it with -parameters, annotate its constructor with @ConstructorProperties, or"
              + " make it a record");
    }
  }

  @Test
  void constructorPropertiesNameTheParameters() {
    Annotated annotated = Binder.bind(Map.of("lr", 0.5, "steps", 3), Annotated.class, "a", Map.of());
    assertThat(annotated.lr + " " + annotated.steps).isEqualTo("0.5 3");
  }

  @Test
  void aNarrowerConstructorSuppliesWhatTheConfigLeavesOut() {
    Adam adam = Binder.bind(Map.of("lr", 0.5), Adam.class, "adam", Map.of());
    assertThat(adam.lr + " " + adam.steps).isEqualTo("0.5 10");
    Adam both = Binder.bind(Map.of("lr", 0.5, "steps", 3), Adam.class, "adam", Map.of());
    assertThat(both.lr + " " + both.steps).isEqualTo("0.5 3");
  }

  @Test
  void aNarrowerConstructorThatCouldTakeEitherParameterSuppliesNeither() {
    Grid grid = Binder.bind(Map.of("rows", 2, "columns", 3), Grid.class, "grid", Map.of());
    assertThat(grid.rows + "x" + grid.columns).isEqualTo("2x3");
    assertThatThrownBy(() -> Binder.bind(Map.of("rows", 2), Grid.class, "grid", Map.of()))
        .isInstanceOf(InputException.class)
        .hasMessage("config 'grid': key 'columns' is required and has no value (int); set it on the command line"
            + " (columns=VALUE) or in the config's file");
  }
}
