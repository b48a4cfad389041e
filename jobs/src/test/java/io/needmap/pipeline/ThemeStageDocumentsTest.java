package io.needmap.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.needmap.model.NeedDocument;
import io.needmap.model.SurveyResponse;
import io.needmap.model.Ticket;
import io.needmap.text.MessageCleaner;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The documents a run themes: one per need text and ticket, in input order, each text made once. */
class ThemeStageDocumentsTest {

    private static final Instant AUGUST = Instant.parse("2026-08-14T10:00:00Z");

    private static SurveyResponse answer(String id, String need) {
        return new SurveyResponse(id, AUGUST, "Sales", 4, 9, need, "", "", "", "");
    }

    private static Ticket ticket(String id, String summary, String description) {
        return new Ticket(id, AUGUST, null, "Finance", "", "P3", summary, description, null, null);
    }

    private static Ingested ingested(List<SurveyResponse> answers, List<Ticket> tickets) {
        return new Ingested(answers, tickets, List.of(), List.of(), List.of(), false, List.of(), 0, 0, List.of());
    }

    @Test
    void eachDistinctRawTextIsCleanedAndScrubbedOnceAndEveryCopyGetsIt() {
        Ingested in = ingested(
                List.of(answer("r1", "Faster laptops please"), answer("r2", ""), answer("r3", "Faster laptops please")),
                List.of(ticket("t1", "VPN drops", "Hi team,\n\nthe VPN drops every hour.\n\nThanks,\nAnna"),
                        ticket("t2", "Printer jam", "Paper jam on floor 3"),
                        ticket("t3", "VPN drops", "Hi team,\n\nthe VPN drops every hour.\n\nThanks,\nAnna"),
                        // the same words in other fields are another raw text
                        ticket("t4", "VPN drops the VPN drops every hour.", "")));
        List<String> scrubbed = Collections.synchronizedList(new ArrayList<>());
        AtomicLong done = new AtomicLong();
        List<NeedDocument> documents = ThemeStage.documents(in, TextPreparer.inThisJvm(text -> {
            scrubbed.add(text);
            return text.toUpperCase(java.util.Locale.ROOT);
        }), done::addAndGet);

        assertEquals(List.of("r1", "r3", "t1", "t2", "t3", "t4"), documents.stream().map(NeedDocument::recordId).toList());
        assertEquals(List.of(0, 1, 2, 3, 4, 5), documents.stream().map(NeedDocument::index).toList());
        List<String> cleaned = new ArrayList<>();
        in.responses().stream().filter(SurveyResponse::hasNeed).forEach(r -> cleaned.add(MessageCleaner.clean(r.needText())));
        in.tickets().forEach(t -> cleaned.add(MessageCleaner.ticketText(t.summary(), t.description())));
        assertEquals(cleaned.stream().map(t -> t.toUpperCase(java.util.Locale.ROOT)).toList(),
                documents.stream().map(NeedDocument::text).toList());
        assertEquals(4, scrubbed.size(), "r1 = r3 and t1 = t3 are made once: " + scrubbed);
        assertEquals(6, done.get(), "every document is counted, copies included");
    }
}
