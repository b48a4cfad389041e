package io.needmap.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.needmap.config.ThemeCount;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ThemeClusterer} promises. An implementation's test extends this class and
 * says how to make the clusterer.
 */
public abstract class ThemeClustererContract {

    protected abstract ThemeClusterer clusterer();

    /**
     * Three needs, ten phrasings each, with little vocabulary in common; text {@code i} is of need
     * {@code i % 3} (VPN, printer, password). The other seams' contracts use them too.
     */
    public static List<String> threeNeeds() {
        List<String> texts = new ArrayList<>();
        String[] vpn = {"vpn drops at home", "the vpn disconnects every hour from home", "vpn connection unstable at home",
            "cannot connect to vpn from the hotel", "vpn keeps dropping when working remotely",
            "vpn slow and disconnects", "remote vpn access fails at home", "vpn tunnel drops connection",
            "home office vpn disconnects", "vpn connection lost again"};
        String[] printer = {"printer on floor 3 jams", "printer out of toner", "cannot print to the printer",
            "printer paper jam again", "the printer prints blank pages", "printer queue stuck",
            "need toner for the printer", "printer offline on floor 2", "printer jams every morning",
            "printer driver missing"};
        String[] password = {"password expired please reset", "reset my password", "locked out, password reset needed",
            "forgot password for the portal", "password reset link does not work", "account locked after password change",
            "new password not accepted", "password reset for crm account", "password expired again",
            "cannot reset password myself"};
        for (int i = 0; i < 10; i++) {
            texts.add(vpn[i]);
            texts.add(printer[i]);
            texts.add(password[i]);
        }
        return texts;
    }

    @Test
    void emptyInputGivesNoThemes() {
        ThemeClustering result = clusterer().cluster(NeedTexts.of(List.of()), ThemeCount.AUTO, 42);
        assertEquals(0, result.k());
        assertEquals(0, result.size());
    }

    @Test
    void textsWithoutContentWordsStayUnclustered() {
        List<String> texts = new ArrayList<>(threeNeeds());
        texts.add("");
        texts.add("   ");
        texts.add("Hi team, thanks!");
        ThemeClustering result = clusterer().cluster(NeedTexts.of(texts), new ThemeCount(3), 42);
        for (int i = texts.size() - 3; i < texts.size(); i++) {
            assertEquals(-1, result.clusterOf(i), "text '" + texts.get(i) + "'");
            assertEquals(0.0, result.similarityOf(i));
        }
    }

    @Test
    void separatesClearlyDifferentNeeds() {
        List<String> texts = threeNeeds();
        ThemeClustering result = clusterer().cluster(NeedTexts.of(texts), new ThemeCount(3), 42);
        assertEquals(3, result.k());
        for (int need = 0; need < 3; need++) {
            Set<Integer> clusters = new HashSet<>();
            for (int i = need; i < texts.size(); i += 3) {
                clusters.add(result.clusterOf(i));
            }
            assertEquals(1, clusters.size(), "need " + need + " is split over " + clusters);
        }
        for (int i = 0; i < texts.size(); i++) {
            assertTrue(result.similarityOf(i) > 0 && result.similarityOf(i) <= 1.0 + 1e-9,
                    "similarity of text " + i + " is " + result.similarityOf(i));
        }
    }

    @Test
    void sameSeedGivesTheSameResult() {
        NeedTexts texts = NeedTexts.of(threeNeeds());
        assertEquals(clusterer().cluster(texts, new ThemeCount(4), 7), clusterer().cluster(texts, new ThemeCount(4), 7));
    }

    @Test
    void shuffledInputGivesTheSameThemes() {
        List<String> texts = threeNeeds();
        List<String> shuffled = new ArrayList<>(texts);
        Collections.shuffle(shuffled, new Random(3));
        assertEquals(groups(texts, clusterer().cluster(NeedTexts.of(texts), new ThemeCount(5), 42)),
                groups(shuffled, clusterer().cluster(NeedTexts.of(shuffled), new ThemeCount(5), 42)));
    }

    @Test
    void neverMoreClustersThanAsked() {
        ThemeClustering result = clusterer().cluster(NeedTexts.of(threeNeeds()), new ThemeCount(2), 42);
        assertTrue(result.k() <= 2);
        for (int c : result.clusters()) {
            assertTrue(c >= -1 && c < 2);
        }
    }

    /** The clustering as a set of groups of texts, independent of cluster numbers and text order. */
    private static Set<Set<String>> groups(List<String> texts, ThemeClustering clustering) {
        Map<Integer, Set<String>> byCluster = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            byCluster.computeIfAbsent(clustering.clusterOf(i), c -> new HashSet<>()).add(texts.get(i));
        }
        return new HashSet<>(byCluster.values());
    }
}
