package io.needmap.pipeline;

import io.needmap.config.RunConfig;
import io.needmap.ingest.notes.NeedStatement;
import io.needmap.model.NeedDocument;
import io.needmap.model.SurveyResponse;
import io.needmap.model.Theme;
import io.needmap.model.ThemeAssignment;
import io.needmap.model.Ticket;
import io.needmap.text.NonAnswers;
import io.needmap.progress.Progress;
import io.needmap.themes.NeedTexts;
import io.needmap.themes.ThemeClusterer;
import io.needmap.themes.ThemeEngine;
import io.needmap.themes.assign.Distinct;
import io.needmap.themes.catalogue.ThemeCatalogue;
import io.needmap.themes.lineage.ThemeModel;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.function.UnaryOperator;

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
        return run(in, config, clusterer, catalogue, previous, Progress.none());
    }

    /**
     * @param progress shows the {@code analysis} stage (texts cleaned and scrubbed) and the clusterer's
     *                 stages
     */
    static Themed run(Ingested in, RunConfig config, ThemeClusterer clusterer, ThemeCatalogue catalogue,
                      ThemeModel previous, Progress progress) {
        return run(in, config, clusterer, catalogue, previous, progress, TextPreparer.inThisJvm());
    }

    /**
     * @param preparer cleans and scrubs the texts: in this JVM, or on Spark's executors for a large run
     */
    static Themed run(Ingested in, RunConfig config, ThemeClusterer clusterer, ThemeCatalogue catalogue,
                      ThemeModel previous, Progress progress, TextPreparer preparer) {
        List<NeedDocument> documents;
        BitSet noNeed;
        try (Progress.Stage stage = progress.start("analysis", "texts", documentCount(in))) {
            int[] distinct = new int[1];
            documents = documents(in, (raws, weights, done) -> {
                distinct[0] = raws.size();
                return preparer.prepare(raws, weights, done);
            }, stage::advance);
            noNeed = statingNoNeed(documents);
            stage.finish(String.format(Locale.ROOT, "%,d texts (%,d distinct) cleaned and scrubbed, %,d of them "
                    + "stating no need", documents.size(), distinct[0], noNeed.cardinality()));
        }
        // the texts that state something form the themes; the others are counted, never clustered
        List<Integer> kept = new ArrayList<>();
        for (NeedDocument d : documents) {
            if (!noNeed.get(d.index())) {
                kept.add(d.index());
            }
        }
        List<String> texts = kept.stream().map(i -> documents.get(i).text()).toList();
        // survey answers and meeting notes state the needs, tickets show them: a sampling clusterer
        // samples the stated needs first, and a theme quotes them first
        BitSet statedNeeds = new BitSet(kept.size());
        BitSet allQuotable = quotable(documents, config.metrics().minQuoteGroup());
        BitSet quotable = new BitSet(kept.size());
        for (int k = 0; k < kept.size(); k++) {
            statedNeeds.set(k, documents.get(kept.get(k)).origin().statesNeed());
            quotable.set(k, allQuotable.get(kept.get(k)));
        }
        int minGroup = config.metrics().minQuoteGroup();
        ThemeEngine engine = new ThemeEngine(clusterer, config.analysis(), catalogue, previous).withProgress(progress);
        if (config.minThemeSize() > 0) {
            engine = engine.withMinimumThemeSize(config.minThemeSize());
        }
        ThemeEngine.Result result = engine.build(NeedTexts.of(texts, statedNeeds), config.themeCount(), config.seed(),
                quotable);
        // a theme of fewer texts than the least quotable group quotes none of them
        List<Theme> themes = result.themes().stream()
                .map(t -> t.size() >= minGroup ? t : new Theme(t.id(), t.label(), t.topTerms(), t.size(), List.of(),
                        t.catalogue()))
                .toList();
        ThemeAssignment[] assignments = new ThemeAssignment[documents.size()];
        for (ThemeAssignment a : result.assignments()) {
            int index = kept.get(a.documentIndex());
            assignments[index] = new ThemeAssignment(index, a.themeId(), a.similarity());
        }
        noNeed.stream().forEach(i -> assignments[i] = new ThemeAssignment(i, Theme.NO_NEED, 0));
        return Themed.of(documents, new ThemeEngine.Result(themes, List.of(assignments), result.lineage(),
                result.model(), result.notes()), catalogue);
    }

    /**
     * The texts that state no need: survey answers and meeting-note statements that say nothing
     * ("n/a", "all good", "faster") by {@link NonAnswers}' rules, and any text that is empty once the
     * e-mail noise is gone (a ticket whose description is only "any update?" and whose summary says
     * nothing either). The rules alone, not the embedding stage: with the English model it flagged
     * nothing more on the labelled list (docs/themes.md, "Answers that state no need").
     */
    static BitSet statingNoNeed(List<NeedDocument> documents) {
        List<Integer> stated = new ArrayList<>();
        BitSet noNeed = new BitSet(documents.size());
        for (NeedDocument d : documents) {
            if (d.text().isBlank()) {
                noNeed.set(d.index());
            } else if (d.origin().statesNeed()) {
                stated.add(d.index());
            }
        }
        BitSet flagged = NonAnswers.rules().nonAnswers(stated.stream().map(i -> documents.get(i).text()).toList());
        flagged.stream().forEach(k -> noNeed.set(stated.get(k)));
        return noNeed;
    }

    /**
     * Survey need texts, then meeting-note statements, then tickets, each without its e-mail noise
     * (reply chains, greetings, signatures, disclaimers; {@link io.needmap.text.MessageCleaner}); a ticket whose
     * description is only a follow-up ("problem persists") is themed by its summary.
     */
    static List<NeedDocument> documents(Ingested in) {
        return documents(in, TextPreparer.inThisJvm(UnaryOperator.identity()), done -> { });
    }

    /** How many documents {@link #documents} makes of the input. */
    static long documentCount(Ingested in) {
        return in.responses().stream().filter(SurveyResponse::hasNeed).count() + in.statements().size()
                + in.tickets().size();
    }

    /**
     * The documents, each text made by {@code preparer} (cleaned, then scrubbed); {@code done} is told of
     * the documents whose text is made, from the thread that made it.
     */
    static List<NeedDocument> documents(Ingested in, TextPreparer preparer, LongConsumer done) {
        // what each document's text is made from: a survey answer's or a statement's text, or a ticket's
        // summary and description
        List<RawText> raws = new ArrayList<>();
        for (SurveyResponse r : in.responses()) {
            if (r.hasNeed()) {
                raws.add(new RawText(false, r.needText(), null));
            }
        }
        in.statements().forEach(s -> raws.add(new RawText(false, s.text(), null)));
        in.tickets().forEach(t -> raws.add(new RawText(true, t.summary(), t.description())));
        // the prepared text depends on nothing but the raw text: each distinct one is made once and given
        // to its copies (the 108,615 texts of 100,000 generated tickets and 10,000 answers are 88,756 raw texts)
        Distinct<RawText> distinct = Distinct.of(raws);
        List<String> texts = preparer.prepare(distinct.unique(), distinct.copies(), done);
        int[] copyOf = distinct.copyOf();
        List<NeedDocument> documents = new ArrayList<>(raws.size());
        for (SurveyResponse r : in.responses()) {
            if (r.hasNeed()) {
                int index = documents.size();
                documents.add(new NeedDocument(index, NeedDocument.Origin.SURVEY, r.responseId(), r.department(),
                        texts.get(copyOf[index]), r.submittedAt()));
            }
        }
        for (NeedStatement s : in.statements()) {
            int index = documents.size();
            documents.add(new NeedDocument(index, NeedDocument.Origin.NOTE, s.id(), s.department(),
                    texts.get(copyOf[index]), s.statedAt()));
        }
        for (Ticket t : in.tickets()) {
            int index = documents.size();
            documents.add(new NeedDocument(index, NeedDocument.Origin.TICKET, t.ticketId(), t.department(),
                    texts.get(copyOf[index]), t.createdAt()));
        }
        return List.copyOf(documents);
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
