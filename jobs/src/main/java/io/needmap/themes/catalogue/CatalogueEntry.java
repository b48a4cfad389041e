package io.needmap.themes.catalogue;

import java.util.List;
import java.util.Objects;

/**
 * One theme of a catalogue, typically one service of the IT service catalogue.
 *
 * @param name        how the theme is shown; unique within its catalogue (ignoring case)
 * @param description what the service covers, in the catalogue's words; may be empty
 * @param seedTerms   words and short phrases that texts about this theme use; they count more than
 *                    the description when texts are matched; may be empty when the description is not
 */
public record CatalogueEntry(String name, String description, List<String> seedTerms) {

    public CatalogueEntry {
        Objects.requireNonNull(name, "name");
        name = name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a catalogue entry needs a name");
        }
        description = description == null ? "" : description.strip();
        seedTerms = List.copyOf(seedTerms == null ? List.of() : seedTerms);
        if (description.isEmpty() && seedTerms.isEmpty()) {
            throw new IllegalArgumentException("catalogue entry '" + name
                    + "' needs seed terms or a description, or no text can match it");
        }
    }
}
