package io.needmap.pipeline;

import io.needmap.config.RunConfig;
import io.needmap.ingest.notes.NeedStatement;
import io.needmap.model.NeedDocument;
import io.needmap.model.SurveyResponse;
import io.needmap.model.Theme;
import io.needmap.model.Ticket;
import io.needmap.privacy.PiiScrubber;
import io.needmap.themes.ThemeClusterer;
import io.needmap.themes.ThemeEngine;
import io.needmap.themes.catalogue.ThemeCatalogue;
import io.needmap.themes.lineage.ThemeModel;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage 2: survey need texts, meeting-note statements and tickets together become themes, so that
 * each theme is counted in what people say and in what IT does. Texts are scrubbed of personal data
 * first, so that no quote or label can carry any; a text is quoted only when its group is large
 * enough to stay anonymous ({@code anonymity.min_quote_group}).
 */
final class ThemeStage {

    private ThemeStage() {
    }

    static Themed run(Ingested in, RunConfig config, ThemeClusterer clusterer, ThemeCatalogue catalogue,
                      ThemeModel previous) {
        List<NeedDocument> unscrubbed = documents(in);
        PiiScrubber scrubber = PiiScrubber.builder().build();
        // in parallel: the scrubber is stateless, and an ordered stream keeps the documents' order
        List<NeedDocument> documents = unscrubbed.parallelStream()
                .map(d -> d.withText(scrubber.scrub(d.text())))
                .toList();
        List<String> texts = documents.stream().map(NeedDocument::text).toList();
        // survey answers and meeting notes state the needs: a sampling clusterer takes them all first
        BitSet statedNeeds = new BitSet(documents.size());
        documents.forEach(d -> statedNeeds.set(d.index(), d.origin().statesNeed()));
        int minGroup = config.metrics().minQuoteGroup();
        ThemeEngine engine = new ThemeEngine(clusterer, config.analysis(), catalogue, previous);
        if (config.minThemeSize() > 0) {
            engine = engine.withMinimumThemeSize(config.minThemeSize());
        }
        ThemeEngine.Result result = engine
                .build(texts, config.themeCount(), config.seed(), statedNeeds, quotable(documents, minGroup));
        // a theme of fewer texts than the least quotable group quotes none of them
        List<Theme> themes = result.themes().stream()
                .map(t -> t.size() >= minGroup ? t : new Theme(t.id(), t.label(), t.topTerms(), t.size(), List.of(),
                        t.catalogue()))
                .toList();
        return Themed.of(documents, new ThemeEngine.Result(themes, result.assignments(), result.lineage(),
                result.model(), result.notes()), catalogue);
    }

    /** Survey need texts, then meeting-note statements, then tickets. */
    static List<NeedDocument> documents(Ingested in) {
        List<NeedDocument> documents = new ArrayList<>();
        for (SurveyResponse r : in.responses()) {
            if (r.hasNeed()) {
                documents.add(new NeedDocument(documents.size(), NeedDocument.Origin.SURVEY, r.responseId(),
                        r.department(), r.needText(), r.submittedAt()));
            }
        }
        for (NeedStatement s : in.statements()) {
            documents.add(new NeedDocument(documents.size(), NeedDocument.Origin.NOTE, s.id(), s.department(),
                    s.text(), s.statedAt()));
        }
        for (Ticket t : in.tickets()) {
            documents.add(new NeedDocument(documents.size(), NeedDocument.Origin.TICKET, t.ticketId(),
                    t.department(), t.text(), t.createdAt()));
        }
        return documents;
    }

    /**
     * The texts whose department has at least {@code minGroup} texts of the same source: a quote from
     * a smaller group could point to the person who wrote it.
     */
    static BitSet quotable(List<NeedDocument> documents, int minGroup) {
        Map<String, Integer> groupSize = new HashMap<>();
        documents.forEach(d -> groupSize.merge(d.origin() + "\u0000" + d.department(), 1, Integer::sum));
        BitSet quotable = new BitSet(documents.size());
        for (NeedDocument d : documents) {
            quotable.set(d.index(), groupSize.get(d.origin() + "\u0000" + d.department()) >= minGroup);
        }
        return quotable;
    }
}
