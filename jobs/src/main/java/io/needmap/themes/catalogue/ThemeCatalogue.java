package io.needmap.themes.catalogue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The themes a user names in advance (usually the IT service catalogue), in the order given.
 * Texts that fit an entry are reported under its name; the rest form "emerging" themes.
 */
public record ThemeCatalogue(List<CatalogueEntry> entries) {

    public ThemeCatalogue {
        entries = List.copyOf(entries);
        Map<String, String> seen = new HashMap<>();
        for (CatalogueEntry entry : entries) {
            String previous = seen.putIfAbsent(key(entry.name()), entry.name());
            if (previous != null) {
                throw new IllegalArgumentException("the catalogue names '" + entry.name() + "' twice");
            }
        }
    }

    /** The entry of that name, ignoring case and surrounding blanks. */
    public Optional<CatalogueEntry> entry(String name) {
        String wanted = key(name);
        return entries.stream().filter(e -> key(e.name()).equals(wanted)).findFirst();
    }

    public int size() {
        return entries.size();
    }

    /** Names that differ only in case would be the same theme to a reader of the report. */
    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
