package io.needmap.metrics;

import java.util.Locale;

/** What a metrics row is about; the declaration order is the order of rows in tables. */
public enum SegmentType {
    OVERALL, DEPARTMENT, THEME, PRIORITY, ROLE, LOCATION, SERVICE_AREA;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The segment name of the overall row. */
    public static final String ALL = "All";
}
