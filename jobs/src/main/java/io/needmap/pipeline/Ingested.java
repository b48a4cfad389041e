package io.needmap.pipeline;

import io.needmap.ingest.IngestResult;
import io.needmap.ingest.notes.NeedStatement;
import io.needmap.model.Goal;
import io.needmap.model.Initiative;
import io.needmap.model.SurveyResponse;
import io.needmap.model.Ticket;
import java.util.List;

/**
 * What the ingest stage read: the accepted records of every input, and what became of each file's
 * rows.
 *
 * @param goalsGiven  whether the run read a goals workbook at all (a run without one reports
 *                    "no goals file" instead of "no goals")
 * @param files       one result per input file (goals and initiatives count as two), in reading order
 * @param quarantined rows that went to quarantine
 * @param valuesBlanked optional values of accepted rows left empty because they could not be used
 * @param warnings    what the run should say about its inputs (a file without data rows beside others)
 */
public record Ingested(List<SurveyResponse> responses, List<Ticket> tickets, List<NeedStatement> statements,
                       List<Goal> goals, List<Initiative> initiatives, boolean goalsGiven,
                       List<IngestResult<?>> files, int quarantined, int valuesBlanked, List<String> warnings) {

    public Ingested {
        responses = List.copyOf(responses);
        tickets = List.copyOf(tickets);
        statements = List.copyOf(statements);
        goals = List.copyOf(goals);
        initiatives = List.copyOf(initiatives);
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }
}
