package io.needmap.themes.catalogue;

import io.needmap.text.NeedAnalyzer;
import io.needmap.themes.vectors.TermVectors;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;

/**
 * Finds the catalogue entry a theme fits, by the cosine similarity of term profiles.
 *
 * <p>An entry's profile is made from its name, description and seed terms, analysed by the same
 * chain as the texts ({@link NeedAnalyzer}), so "Printers" in the catalogue meets "printing" in a
 * ticket as the stem {@code printer}/{@code print}. A seed term's words count {@value #SEED_WEIGHT}
 * times, a word of the name {@value #NAME_WEIGHT} times, a word of the description once: seed terms
 * are chosen to be what people write, descriptions also hold the catalogue's own vocabulary. Each
 * word is then weighted by how few entries use it, ln(1 + N / df) over the N entries, so that
 * "access", which many services share, decides less than "vpn", and L2-normalised.
 *
 * <p>A theme matches its most similar entry when the similarity is at least the threshold
 * ({@value #DEFAULT_THRESHOLD} by default), otherwise no entry: it is an emerging theme. Several
 * themes may match the same entry (e.g. password resets and lockouts as two themes of
 * "Passwords & account access"). The default threshold lies between what the sample company's texts
 * show with the default catalogue ({@code data-samples/theme-catalogue.yaml}): each theme of the
 * generator, and its tickets or its survey answers alone, is about 0.37 or more similar to its own
 * entry and about 0.2 at most to any other (see {@code DefaultCatalogueTest}). A theme about one
 * corner of a broad service (headsets, of "Laptops, monitors & docking") shares few of the entry's
 * words and scores lower: such clusters of the sample data scored 0.14–0.24 and stay emerging, as do
 * clusters that mix several needs. The threshold errs that way on purpose: a generated label is
 * still readable, a wrong service name misleads.
 *
 * <p>The matcher keeps only the entries' term profiles, not the analyzer: build it with an analyzer
 * the caller owns and closes, or let {@link #of(ThemeCatalogue)} build and close one.
 */
public final class CatalogueMatcher {

    public static final double DEFAULT_THRESHOLD = 0.25;
    static final int SEED_WEIGHT = 3;
    static final int NAME_WEIGHT = 2;

    private final List<CatalogueEntry> entries;
    private final List<Map<String, Double>> profiles;
    private final double threshold;

    private CatalogueMatcher(List<CatalogueEntry> entries, List<Map<String, Double>> profiles, double threshold) {
        this.entries = entries;
        this.profiles = profiles;
        this.threshold = threshold;
    }

    /** With the default threshold and an analyzer of its own, closed before this returns. */
    public static CatalogueMatcher of(ThemeCatalogue catalogue) {
        try (Analyzer analyzer = NeedAnalyzer.create()) {
            return of(catalogue, analyzer, DEFAULT_THRESHOLD);
        }
    }

    /**
     * @param analyzer  built by {@link NeedAnalyzer#create()}; used here only, not kept
     * @param threshold the least cosine similarity for a match, in (0, 1]
     */
    public static CatalogueMatcher of(ThemeCatalogue catalogue, Analyzer analyzer, double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("the threshold is a cosine similarity in (0, 1]: " + threshold);
        }
        List<Map<String, Double>> counts = new ArrayList<>();
        Map<String, Integer> documentFrequency = new TreeMap<>();
        for (CatalogueEntry entry : catalogue.entries()) {
            Map<String, Double> c = new TreeMap<>();
            add(c, NeedAnalyzer.terms(analyzer, entry.name()), NAME_WEIGHT);
            add(c, NeedAnalyzer.terms(analyzer, entry.description()), 1);
            for (String seed : entry.seedTerms()) {
                add(c, NeedAnalyzer.terms(analyzer, seed), SEED_WEIGHT);
            }
            c.keySet().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
            counts.add(c);
        }
        int n = catalogue.size();
        List<Map<String, Double>> profiles = new ArrayList<>();
        for (Map<String, Double> c : counts) {
            Map<String, Double> weighted = new TreeMap<>();
            c.forEach((term, count) -> weighted.put(term, count * Math.log(1 + (double) n / documentFrequency.get(term))));
            profiles.add(TermVectors.normalised(weighted));
        }
        return new CatalogueMatcher(catalogue.entries(), List.copyOf(profiles), threshold);
    }

    private static void add(Map<String, Double> counts, List<String> terms, int weight) {
        for (String term : terms) {
            counts.merge(term, (double) weight, Double::sum);
        }
    }

    /** The entry the theme fits best, when its similarity reaches the threshold. */
    public Optional<CatalogueMatch> match(Map<String, Double> themeTerms) {
        List<CatalogueMatch> ranked = ranked(themeTerms);
        return ranked.isEmpty() || ranked.get(0).similarity() < threshold ? Optional.empty() : Optional.of(ranked.get(0));
    }

    /**
     * Every entry with its similarity to the theme, most similar first; ties keep the catalogue's
     * order. For reports of near misses and for choosing a threshold.
     */
    public List<CatalogueMatch> ranked(Map<String, Double> themeTerms) {
        List<CatalogueMatch> all = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            all.add(new CatalogueMatch(entries.get(i), TermVectors.cosine(themeTerms, profiles.get(i))));
        }
        // a stable sort: equal similarities stay in catalogue order
        all.sort(Comparator.comparingDouble(CatalogueMatch::similarity).reversed());
        return all;
    }

    /** The entry's term profile (stem → weight, L2-normalised, sorted by stem). */
    public Map<String, Double> profile(CatalogueEntry entry) {
        int i = entries.indexOf(entry);
        if (i < 0) {
            throw new IllegalArgumentException("not in this catalogue: " + entry.name());
        }
        return profiles.get(i);
    }

    public double threshold() {
        return threshold;
    }
}
