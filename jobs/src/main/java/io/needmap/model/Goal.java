package io.needmap.model;

/** A company goal from the goals workbook, which IT initiatives serve. */
public record Goal(String goalId, String name, String description, String owner) {
}
