package io.needmap.privacy;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Builds {@code first-names.txt}, the gazetteer of {@link FirstNames}, from the locale files of
 * datafaker 2.7.0 (a test-scope dependency; its YAML files lie at the root of its jar), so that the
 * shipped list can always be rebuilt and checked ({@code FirstNameListTest}).
 *
 * <p>To rebuild it after changing a source, the supplement or {@code not-names.txt}: run
 * {@code FirstNameListTest} once with {@code -Dneedmap.writeFirstNames=true}, from the repository root
 * or from {@code jobs/}; it writes the file and then checks it like every other run.
 *
 * <p>What goes in: every given-name list ({@code first_name}, {@code male_first_name},
 * {@code female_first_name} and the like) of the locales in {@link #LATIN}; Russian and Ukrainian
 * names transliterated with ICU4J's BGN/PCGN rules plus the usual English spellings (Dmitriy and
 * Dmitry, Sergey and Sergei, Yuliya and Yulia); Chinese given names in pinyin (ICU4J Han-Latin,
 * syllables joined as pinyin writes given names: 博文 → Bowen); and the project's own supplement
 * (German names of older generations, Japanese, Arabic and Russian given names in Latin letters,
 * which datafaker lacks or writes in other scripts). What stays out: names of fewer than three
 * letters, anything that is not capitalised letters, every word of {@code not-names.txt} (IT words,
 * product names, weekdays, departments) and of {@code first-names-excluded.txt} (names that are also
 * common words or places: Will, May, Grace, Summer, Paris).
 */
final class FirstNameList {

    static final String DATAFAKER = "net.datafaker:datafaker 2.7.0";

    /** Locale files written in Latin letters, by culture. */
    static final List<String> LATIN = List.of(
            // English
            "en/name.yml", "en-AU.yml", "en-IE.yml", "en-ZA.yml", "en-PH.yml",
            // German
            "de.yml", "de-AT.yml", "de-CH.yml",
            // Turkish, Polish, French, Spanish, Portuguese, Italian
            "tr.yml", "pl.yml", "fr.yml", "fr-CA.yml", "fr-CH.yml", "es.yml", "es-MX.yml", "es-AR.yml",
            "pt.yml", "pt-BR.yml", "it.yml",
            // Indian, Nepali, Pakistani (Arabic and Persian names in Latin letters), Nigerian
            "en-IN.yml", "en-NEP.yml", "en-PAK.yml", "en-NG.yml",
            // Malay and Chinese (Singapore and Malaysia spellings)
            "en-MS.yml", "en-SG.yml",
            // Czech, Slovak, Croatian, Romanian (Moldova), Nordic
            "cs-CZ.yml", "sk.yml", "hr.yml", "en-MD.yml", "sv.yml", "da-DK.yml", "nb-NO.yml", "no-NO.yml",
            "fi-FI.yml");

    /** Locale files in Cyrillic, with the ICU4J transliterator for each. */
    static final Map<String, String> CYRILLIC = orderedMap(
            "ru.yml", "Russian-Latin/BGN",
            "uk.yml", "Ukrainian-Latin/BGN");

    /** Locale files in Chinese characters. */
    static final List<String> HAN = List.of("zh-CN.yml", "zh-TW.yml");

    static final String SUPPLEMENT = "/io/needmap/privacy/first-names-supplement.txt";

    /** Given names that are also common words or places: no first names, but maybe surnames. */
    static final String EXCLUDED = "/io/needmap/privacy/first-names-excluded.txt";

    /** Where the shipped list lies, from the module's folder (where Surefire runs). */
    static final String OUTPUT = "src/main/resources/io/needmap/privacy/first-names.txt";

    /** A given name: capitalised words of letters, joined by a space, hyphen or apostrophe. */
    private static final Pattern NAME = Pattern.compile(
            "\\p{Lu}[\\p{Ll}\\p{M}]*(?:['’]?\\p{L}[\\p{Ll}\\p{M}]*)*(?:[ -]\\p{Lu}[\\p{Ll}\\p{M}]+(?:['’]?\\p{L}[\\p{Ll}\\p{M}]*)*)*");

    private static final Pattern GIVEN_NAME_KEY = Pattern.compile("(?:[a-z]+_)?(?:male_|female_|man_|woman_)?first_name");

    private static final Pattern LAST_NAME_KEY = Pattern.compile("(?:male_|female_)?last_name");

    /** Where the shipped surname list lies, from the module's folder. */
    static final String LAST_NAMES_OUTPUT = "src/main/resources/io/needmap/privacy/last-names.txt";

    /** Locale files whose surnames go into last-names.txt: those of the given names, and Hungarian. */
    static final List<String> SURNAME_LOCALES = concat(LATIN, List.of("hu.yml"));

    private FirstNameList() {
    }

    /** Writes both lists into the given folder, or into the module's resource folder. */
    public static void main(String[] args) throws IOException {
        Path first = args.length > 0 ? Path.of(args[0], "first-names.txt") : Path.of(OUTPUT);
        Path last = args.length > 0 ? Path.of(args[0], "last-names.txt") : Path.of(LAST_NAMES_OUTPUT);
        Files.writeString(first, generate(), StandardCharsets.UTF_8);
        Files.writeString(last, generateLastNames(), StandardCharsets.UTF_8);
        System.out.println("wrote " + first.toAbsolutePath() + " and " + last.getFileName());
    }

    /**
     * The text of {@code last-names.txt}: the surnames of {@link #SURNAME_LOCALES}, one word each,
     * three letters or more, no word of {@code not-names.txt}. {@link FirstNames} uses them only for
     * a first name and surname written in small letters ("mehmet meier is leaving").
     */
    static String generateLastNames() {
        Set<String> names = new TreeSet<>();
        for (String file : SURNAME_LOCALES) {
            names.addAll(namesOf(file, LAST_NAME_KEY));
        }
        Set<String> notNames = FirstNames.lowerCased(FirstNames.lines(FirstNames.NOT_NAMES));
        StringBuilder text = new StringBuilder();
        text.append("# Surnames for io.needmap.privacy.PiiScrubber (see FirstNames): one per line (COUNT).\n")
                .append("# Generated by FirstNameList (jobs/src/test/java/io/needmap/privacy; FirstNameListTest checks\n")
                .append("# that this file is what it generates) from the surname lists of ").append(DATAFAKER).append("\n")
                .append("# (Apache License 2.0, see first-names.LICENSE.txt), locale files\n")
                .append("# ").append(String.join(", ", SURNAME_LOCALES)).append(";\n")
                .append("# one-word surnames of three letters or more, minus the words of not-names.txt.\n")
                .append("# Do not edit by hand: change the generator or its lists and rebuild (see FirstNameList).\n");
        int count = 0;
        for (String name : names) {
            if (name.codePointCount(0, name.length()) >= 3 && name.indexOf(' ') < 0
                    && !notNames.contains(name.toLowerCase(Locale.ROOT)) && NAME.matcher(name).matches()) {
                text.append(name).append('\n');
                count++;
            }
        }
        return text.toString().replace("(COUNT)", "(" + count + ")");
    }

    /** The text of {@code first-names.txt}. */
    static String generate() {
        Set<String> names = new TreeSet<>();
        for (String file : LATIN) {
            for (String name : givenNames(file)) {
                names.add(name);
            }
        }
        CYRILLIC.forEach((file, rules) -> {
            Transliterator latin = Transliterator.getInstance(rules + "; Latin-ASCII");
            for (String name : givenNames(file)) {
                names.addAll(russianSpellings(latin.transliterate(name).replaceAll("[ʹʺ'\"]", "")));
            }
        });
        Transliterator pinyin = Transliterator.getInstance("Han-Latin; Latin-ASCII");
        for (String file : HAN) {
            for (String name : givenNames(file)) {
                String syllables = pinyin.transliterate(name).replaceAll("[^A-Za-z]", "");
                if (!syllables.isEmpty()) {
                    names.add(capitalise(syllables));
                }
            }
        }
        names.addAll(FirstNames.lines(SUPPLEMENT));
        Set<String> notNames = FirstNames.lowerCased(FirstNames.lines(FirstNames.NOT_NAMES));
        notNames.addAll(FirstNames.lowerCased(FirstNames.lines(EXCLUDED)));
        StringBuilder text = new StringBuilder();
        text.append("# First names for io.needmap.privacy.PiiScrubber (see FirstNames): one given name per line,\n")
                .append("# a few of two words. Generated by FirstNameList (jobs/src/test/java/io/needmap/privacy;\n")
                .append("# FirstNameListTest checks that this file is what it generates) from the given-name lists of\n")
                .append("# ").append(DATAFAKER).append(" (Apache License 2.0, see first-names.LICENSE.txt),\n")
                .append("# locale files ").append(String.join(", ", LATIN)).append(",\n")
                .append("# ").append(String.join(", ", CYRILLIC.keySet()))
                .append(" (transliterated with ICU4J BGN/PCGN rules, plus common English spellings),\n")
                .append("# ").append(String.join(", ", HAN)).append(" (pinyin, ICU4J Han-Latin);\n")
                .append("# plus first-names-supplement.txt (German, Japanese, Arabic, Russian names, written for needmap);\n")
                .append("# minus names shorter than three letters, the words of not-names.txt (IT words and the\n")
                .append("# like) and of first-names-excluded.txt (names that are also common words or places).\n")
                .append("# Do not edit by hand: change the generator or its lists and rebuild (see FirstNameList).\n");
        int count = 0;
        for (String name : names) {
            if (name.codePointCount(0, name.length()) >= 3 && !notNames.contains(name.toLowerCase(Locale.ROOT))
                    && NAME.matcher(name).matches()) {
                text.append(name).append('\n');
                count++;
            }
        }
        return text.toString().replaceFirst("one given name per line", "one given name per line (" + count + ")");
    }

    /** The given names of one locale file, NFC, without template entries such as #{male_first_name}. */
    static List<String> givenNames(String file) {
        return namesOf(file, GIVEN_NAME_KEY);
    }

    @SuppressWarnings("unchecked")
    private static List<String> namesOf(String file, Pattern keys) {
        Map<String, Object> root;
        try (InputStream in = FirstNameList.class.getResourceAsStream("/" + file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is not on the test class path: is " + DATAFAKER + " a test dependency?");
            }
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> locale = (Map<String, Object>) root.values().iterator().next();
        Map<String, Object> faker = (Map<String, Object>) locale.get("faker");
        Map<String, Object> name = (Map<String, Object>) faker.get("name");
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, Object> e : name.entrySet()) {
            if (keys.matcher(e.getKey()).matches() && e.getValue() instanceof List<?> list) {
                for (Object value : list) {
                    String s = Normalizer.normalize(String.valueOf(value).strip(), Normalizer.Form.NFC);
                    if (!s.contains("#{")) {
                        names.add(s);
                    }
                }
            }
        }
        return names;
    }

    /**
     * A transliterated Russian or Ukrainian name and the spellings English texts also use:
     * Dmitriy/Dmitry, Sergey/Sergei, Yuliya/Yulia, Natalya/Natalia, Aleksandr/Alexandr.
     */
    static Set<String> russianSpellings(String bgn) {
        Set<String> spellings = new TreeSet<>();
        spellings.add(bgn);
        String all = bgn;
        String[][] rules = {{"iy$", "y"}, {"ey$", "ei"}, {"iya$", "ia"}, {"([^i])ya$", "$1ia"}, {"ks", "x"}};
        for (String[] rule : rules) {
            spellings.add(bgn.replaceAll(rule[0], rule[1]));
            all = all.replaceAll(rule[0], rule[1]);
        }
        spellings.add(all);
        return spellings;
    }

    private static String capitalise(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1).toLowerCase(Locale.ROOT);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
