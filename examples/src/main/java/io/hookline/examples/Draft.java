package io.hookline.examples;

import java.util.ArrayList;
import java.util.List;

/**
 * The state of the {@link PipelineTour}: a piece of text and the notes the steps leave about what they did.
 *
 * <p>Immutable: each {@code with} method returns a new draft.
 *
 * @param text the text so far
 * @param notes what the steps did, in order
 */
record Draft(String text, List<String> notes) {

  Draft {
    notes = List.copyOf(notes);
  }

  static Draft of(String text) {
    return new Draft(text, List.of());
  }

  Draft withText(String newText) {
    return new Draft(newText, notes);
  }

  Draft withNote(String note) {
    List<String> more = new ArrayList<>(notes);
    more.add(note);
    return new Draft(text, more);
  }
}
