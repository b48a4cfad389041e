package io.needmap.privacy;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes personal data from free text before it reaches any output, replacing each finding with a
 * typed placeholder ({@link PiiKind#placeholder()}) and leaving every other character, white space
 * and line break as it was.
 *
 * <p>Built once per input file, because the names to look for come from the people columns of that
 * file; immutable and thread-safe afterwards:
 * <pre>{@code
 * PiiScrubber scrubber = PiiScrubber.builder().names(requesterNames).names(agentNames).build();
 * String safe = scrubber.scrub(description);
 * }</pre>
 *
 * <p>The rules run in this order; a later rule sees only the placeholder of what an earlier one
 * replaced (and a URL that held an e-mail address is replaced whole).
 * <ol>
 *   <li>{@code [email]}: addresses in the dot-atom form of RFC 5322 §3.4.1 (the practical subset
 *       of local-part characters, internationalised letters allowed), and the obfuscated
 *       {@code anna (at) example (dot) com} with the at and dot in brackets.</li>
 *   <li>{@code [url]}: a URL is replaced whole only when it can carry a secret or identify a person:
 *       a query string ({@code ?token=...}, {@code ?user=...}), parameters in the fragment
 *       ({@code #access_token=...}) or path ({@code ;jsessionid=...}), user information
 *       ({@code https://user:password@host}), an e-mail address, or a token in the path: a UUID, or a
 *       run of 16 or more letters and digits that has both (hex digests, base64 keys). A plain
 *       {@code https://intranet/wiki/VPN-setup} names a place, not a person, and stays readable.</li>
 *   <li>{@code [ip]}: IPv6 (all RFC 4291 §2.2 text forms, validated) and IPv4 (dotted quad, each
 *       part 0–255). A four-part version number after "version", "build", "firmware" or "v" stays.</li>
 *   <li>{@code [card]}: 13–19 digits that start with 2–6 (the payment-card major industry
 *       identifiers of ISO/IEC 7812), written together or in the printed groupings (4-4-4-4[-3],
 *       4-6-4, 4-6-5, separated by spaces or dashes), that pass the Luhn check, unless a phone
 *       word ("Tel.", "mobile") comes right before them.</li>
 *   <li>{@code [id]}: US Social Security (and ITIN) numbers {@code 123-45-6789} within the issued
 *       ranges; IBANs (upper case, grouped or not) that pass the ISO 7064 MOD 97-10 check; German
 *       tax ids, 11 digits (or 2-3-3-3), that pass their digit rules and MOD 11,10 check.</li>
 *   <li>{@code [phone]}: 7–15 digits (the E.164 maximum) in a phone layout: international
 *       {@code +49 30 1234567}, {@code +49 (0)30 123 45 67}; national with trunk prefix
 *       {@code 030/1234567}, {@code (030) 123 45 67}, {@code 0171-1234567}; North American
 *       {@code (555) 123-4567}, {@code 555-123-4567}, {@code 555.123.4567}; any other digit run only
 *       right after a phone word ("Tel.", "mobile", "call me on"). Dates never count as phones.</li>
 *   <li>{@code [name]}: every known name (see {@link Builder#names(Collection)} for the forms found);
 *       then the names in running text that no people column lists ({@link FirstNames}): a given name
 *       of the shipped gazetteer of about 9,700 names of many cultures with the surname after it
 *       ("Mehmet Meier"), an honorific and the name after it ("Herr Schmidt", "Mme Dubois"), the name
 *       after a greeting ("Hi Grace,"), a first name misspelt by one letter when a surname follows
 *       ("Fkorian Horvath"), a given name and surname in small letters ("mehmet meier"), a given name in
 *       small letters that is no common word ("user locked out - benedikt") or that a word taking a
 *       person introduces ("same access as tom please", "cc max"), never an IT word ("Outlook",
 *       "Teams", "Jenkins"); and the name of an e-mail signature after a sign-off.</li>
 * </ol>
 *
 * <p>Left alone on purpose, because help-desk text is full of them: ticket numbers
 * ({@code INC-2026-000123}), dates and times, version and build numbers ({@code 10.0.19045}), error
 * codes ({@code 0x87D00324}), amounts ({@code 1,500.00}), KB and CVE numbers.
 */
public final class PiiScrubber implements Serializable {

    private static final long serialVersionUID = 1L;

    // --- e-mail -------------------------------------------------------------------------------

    /**
     * Atoms of letters, digits and {@code _%+-}, joined by dots (or apostrophes, as in o'brien@),
     * starting where such a run starts. Atoms are capped at 64 characters (the RFC 5321 §4.5.3.1.1
     * limit of a whole local part) and taken possessively, so that a long token in a pasted log
     * cannot make the search quadratic.
     */
    private static final String LOCAL_PART =
            "(?<![\\p{L}\\p{N}_%+-])[\\p{L}\\p{N}_%+-]{1,64}+(?:[.'’][\\p{L}\\p{N}_%+-]{1,64}+){0,31}+";
    private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?";
    private static final String TOP_LEVEL = "\\p{L}{2,63}(?![\\p{L}\\p{N}_-])";

    private static final Pattern EMAIL = Pattern.compile(LOCAL_PART + "@(?:" + LABEL + "\\.)+" + TOP_LEVEL);

    private static final Pattern OBFUSCATED_EMAIL = Pattern.compile(
            LOCAL_PART + "\\s*[(\\[{<]\\s*(?iu:at)\\s*[)\\]}>]\\s*"
                    + "(?:" + LABEL + "(?:\\s*[(\\[{<]\\s*(?iu:dot)\\s*[)\\]}>]\\s*|\\.))+" + TOP_LEVEL);

    // --- URLs ---------------------------------------------------------------------------------

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:(?:https?|ftps?|sftp)://|www\\.)[^\\s<>\"]+");

    /** Punctuation that ends a sentence rather than a URL: "see https://x/page." */
    private static final String TRAILING_PUNCTUATION = ".,;:!?'\"*’”";

    private static final Pattern UUID = Pattern.compile(
            "(?i)(?<![0-9a-f])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-f])");

    /** A run of letters, digits and underscores this long that has both is a token, not a word. */
    private static final int TOKEN_LENGTH = 16;

    // --- IP addresses ---------------------------------------------------------------------------

    private static final String OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";

    private static final Pattern IPV4 = Pattern.compile(
            "(?<![\\w.])" + OCTET + "(?:\\." + OCTET + "){3}(?!\\w|\\.\\d)");

    private static final Pattern IPV4_EXACT = Pattern.compile(OCTET + "(?:\\." + OCTET + "){3}");

    /** A run of hex groups and colons that may be an IPv6 address; {@link #isIpv6} decides. */
    private static final Pattern IPV6_CANDIDATE = Pattern.compile(
            "(?<![\\w:.%])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\\d{1,3}\\.){3}\\d{1,3})?"
                    + "(?:%[0-9A-Za-z]+)?(?![\\w:]|\\.\\d)");

    private static final Pattern HEX_GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");

    private static final Pattern VERSION_CUE = Pattern.compile(
            "(?iu)\\b(?:version|ver|v|build|release|firmware|fw|bios)\\.?\\s*$");

    // --- card numbers -------------------------------------------------------------------------

    private static final Pattern CARD = Pattern.compile(
            "(?<![\\w+.,/-])(?:[2-6]\\d{12,18}"
                    + "|[2-6]\\d{3}(?<s>[ -])\\d{4}\\k<s>\\d{4}\\k<s>\\d{4}(?:\\k<s>\\d{1,3})?"
                    + "|[2-6]\\d{3}(?<t>[ -])\\d{6}\\k<t>\\d{4,5})"
                    + "(?!\\w|[.,/-]\\d)");

    // --- national ids -------------------------------------------------------------------------

    private static final Pattern SSN = Pattern.compile("(?<![\\w-])(\\d{3})-(\\d{2})-(\\d{4})(?!\\w|-\\d)");

    private static final Pattern IBAN = Pattern.compile(
            "(?<!\\w)[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?!\\w)");

    private static final Pattern GERMAN_TAX_ID = Pattern.compile(
            "(?<![\\w+./:-])(?:[1-9]\\d{10}|[1-9]\\d \\d{3} \\d{3} \\d{3})(?!\\w|[./:-]\\d)");

    // --- phone numbers ------------------------------------------------------------------------

    /**
     * A phone number starts neither inside a word or number, nor after a plus, nor after the
     * separator of a dotted, dashed or timed number ({@code INC-2026-000123}, {@code 10.0.19045}).
     */
    private static final String PHONE_START = "(?<![\\w+./:-])";

    private static final String PHONE_END = "(?!\\w|[./:-]\\d)";

    private static final Pattern PHONE_INTERNATIONAL = Pattern.compile(
            "(?<![\\w+])\\+\\d{1,3}(?:[ ./-]?(?:\\(0\\)|\\(\\d{1,5}\\)|\\d{1,6})){1,8}" + PHONE_END);

    /** Trunk prefix 0 and area code, then a subscriber number, which never starts with 0. */
    private static final Pattern PHONE_NATIONAL = Pattern.compile(
            PHONE_START + "(?:\\((?:0[1-9]\\d{0,4}|00[1-9]\\d{0,3})\\) ?|(?:0[1-9]\\d{0,4}|00[1-9]\\d{0,3})(?: ?/ ?| |-))"
                    + "[1-9]\\d+(?:[ -]\\d+){0,4}" + PHONE_END);

    private static final Pattern PHONE_NORTH_AMERICAN = Pattern.compile(
            PHONE_START + "(?:1[ .-]?)?(?:\\([2-9]\\d{2}\\) ?\\d{3}[ .-]\\d{4}|[2-9]\\d{2}(?<u>[ .-])\\d{3}\\k<u>\\d{4})"
                    + PHONE_END);

    private static final Pattern PHONE_AFTER_CUE = Pattern.compile(
            PHONE_START + "\\+?\\(?\\d[\\d ()/-]{5,24}\\d" + PHONE_END);

    /** A phone word, then at most a few characters without digits on the same line. */
    private static final Pattern PHONE_CUE = Pattern.compile(
            "(?iu)\\b(?:tel|telephone|telefon|phone|mobile|mobil|mob|cell|cellphone|fax|handy|whatsapp|rufnummer"
                    + "|durchwahl|(?:call|ring|reach)\\s+me)\\b[^\\n\\r\\d]{0,15}$");

    private static final Pattern DATE = Pattern.compile(
            "\\d{4}([-/.])\\d{1,2}\\1\\d{1,2}|\\d{1,2}([-/. ])\\d{1,2}\\2\\d{2,4}");

    /** At least 7 digits (a subscriber number), at most 15 (ITU-T E.164). */
    private static final int MIN_PHONE_DIGITS = 7;
    private static final int MAX_PHONE_DIGITS = 15;

    /** Where {@link #PHONE_CUE} and {@link #VERSION_CUE} look back from a candidate. */
    private static final int CUE_WINDOW = 40;

    private final KnownNames names;

    /** Whether the gazetteer rules of {@link FirstNames} run (always, except in measurements). */
    private final boolean runningTextNames;

    private PiiScrubber(KnownNames names, boolean runningTextNames) {
        this.names = names;
        this.runningTextNames = runningTextNames;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects the known names; {@link #build()} indexes them once. */
    public static final class Builder {

        private final List<String> names = new ArrayList<>();
        private boolean runningTextNames = true;

        private Builder() {
        }

        /**
         * Adds the names of people (requesters, respondents, agents); call once per people column.
         * For {@code Anna Maria Schmidt} (or {@code Schmidt, Anna Maria}, or {@code anna.schmidt}
         * as a log-in) the scrubber finds, in any case, the full name, first and last name, and
         * {@code Schmidt, Anna}; and the single words of three letters or more where the text writes
         * them capitalised. Blanks, e-mail addresses (scrubbed anyway) and "n/a", "unknown",
         * "unassigned" and the like are skipped.
         */
        public Builder names(Collection<String> knownNames) {
            names.addAll(knownNames);
            return this;
        }

        /** Leaves out the gazetteer rules: only to measure what they cost and find. */
        Builder withoutRunningTextNames() {
            runningTextNames = false;
            return this;
        }

        public PiiScrubber build() {
            return new PiiScrubber(KnownNames.of(names), runningTextNames);
        }
    }

    /** The text with its personal data replaced; {@code null} stays {@code null}. */
    public String scrub(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String s = text.indexOf('@') >= 0 ? replace(text, EMAIL, (t, m) -> true, PiiKind.EMAIL) : text;
        s = replace(s, OBFUSCATED_EMAIL, (t, m) -> true, PiiKind.EMAIL);
        s = scrubUrls(s);
        if (hasDigit(s)) {
            // every rule from here to the names needs a digit; most survey comments have none
            s = scrubNumbers(s);
        }
        s = names.scrub(s, PiiKind.NAME.placeholder());
        if (runningTextNames) {
            s = FirstNames.shared().scrub(s, PiiKind.NAME.placeholder());
        }
        return SignOffs.scrub(s, PiiKind.NAME.placeholder());
    }

    /** The rules for IP addresses, cards, national ids and phone numbers, in this order. */
    private static String scrubNumbers(String text) {
        String s = text;
        if (s.indexOf(':') >= 0) {
            s = replace(s, IPV6_CANDIDATE, (t, m) -> isIpv6(m.group()), PiiKind.IP);
        }
        s = replace(s, IPV4, (t, m) -> !cued(t, m.start(), VERSION_CUE), PiiKind.IP);
        // a digit run right after "Tel."/"mobile" is a phone number even if it happens to pass Luhn
        s = replace(s, CARD, (t, m) -> IdentifierChecks.luhn(digits(m.group())) && !cued(t, m.start(), PHONE_CUE),
                PiiKind.CARD);
        s = replace(s, SSN, (t, m) -> IdentifierChecks.usSocialSecurityNumber(
                Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))), PiiKind.ID);
        s = replace(s, IBAN, (t, m) -> IdentifierChecks.iban(m.group().replace(" ", "")), PiiKind.ID);
        s = replace(s, GERMAN_TAX_ID, (t, m) -> IdentifierChecks.germanTaxId(digits(m.group())), PiiKind.ID);
        s = replace(s, PHONE_INTERNATIONAL, (t, m) -> isPhone(m.group().replace("(0)", "")), PiiKind.PHONE);
        s = replace(s, PHONE_NATIONAL, (t, m) -> isPhone(m.group()), PiiKind.PHONE);
        s = replace(s, PHONE_NORTH_AMERICAN, (t, m) -> isPhone(m.group()), PiiKind.PHONE);
        return replace(s, PHONE_AFTER_CUE, (t, m) -> isPhone(m.group()) && cued(t, m.start(), PHONE_CUE), PiiKind.PHONE);
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Decides whether a match is personal data; may look at the text around it. */
    @FunctionalInterface
    private interface Check {
        boolean accept(String text, Matcher match);
    }

    /**
     * Replaces the matches that pass {@code check}. A rejected match is retried shorter from the same
     * start ("+49 30 1234567 2026 0815" has too many digits for one phone number, "+49 30 1234567"
     * has not), then the search goes on one character later, so that a rejected candidate cannot hide
     * a valid one inside it.
     */
    private static String replace(String text, Pattern pattern, Check check, PiiKind kind) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        int from = 0;
        while (from < text.length() && m.find(from)) {
            int start = m.start();
            int end = acceptedEnd(text, m, check);
            if (end > start) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, start).append(kind.placeholder());
                copied = end;
                from = end;
            } else {
                from = start + 1;
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** The end of the longest match at the current start that passes {@code check}; -1 if none. */
    private static int acceptedEnd(String text, Matcher m, Check check) {
        if (check.accept(text, m)) {
            return m.end();
        }
        int start = m.start();
        int limit = m.end() - 1;
        // transparent bounds: look-behind and look-ahead still see the text around the region
        m.useTransparentBounds(true).useAnchoringBounds(false);
        while (limit > start) {
            m.region(start, limit);
            if (!m.lookingAt()) {
                return -1;
            }
            if (check.accept(text, m)) {
                return m.end();
            }
            limit = m.end() - 1;
        }
        return -1;
    }

    private String scrubUrls(String text) {
        Matcher m = URL.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        while (m.find()) {
            String url = trimUrl(m.group());
            if (urlCarriesPersonalData(url)) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, m.start()).append(PiiKind.URL.placeholder());
                copied = m.start() + url.length();
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** The URL without the sentence punctuation or the closing bracket that follows it in prose. */
    static String trimUrl(String url) {
        int end = url.length();
        while (end > 0) {
            char c = url.charAt(end - 1);
            if (TRAILING_PUNCTUATION.indexOf(c) >= 0
                    || (c == ')' && unbalanced(url, end, '(', ')'))
                    || (c == ']' && unbalanced(url, end, '[', ']'))
                    || (c == '}' && unbalanced(url, end, '{', '}'))) {
                end--;
            } else {
                break;
            }
        }
        return url.substring(0, end);
    }

    private static boolean unbalanced(String url, int end, char open, char close) {
        int depth = 0;
        for (int i = 0; i < end; i++) {
            if (url.charAt(i) == open) {
                depth++;
            } else if (url.charAt(i) == close) {
                depth--;
            }
        }
        return depth < 0;
    }

    /** See the class comment: query, fragment or path parameters, user information, e-mail, token. */
    static boolean urlCarriesPersonalData(String url) {
        if (url.contains(PiiKind.EMAIL.placeholder())) {
            return true;
        }
        int scheme = url.indexOf("://");
        String rest = scheme >= 0 ? url.substring(scheme + 3) : url;
        int authorityEnd = indexOfAny(rest, "/?#");
        String authority = authorityEnd < 0 ? rest : rest.substring(0, authorityEnd);
        if (authority.indexOf('@') >= 0) {
            return true;
        }
        int query = rest.indexOf('?');
        if (query >= 0 && query < rest.length() - 1) {
            return true;
        }
        int fragment = rest.indexOf('#');
        if (fragment >= 0 && rest.indexOf('=', fragment) >= 0) {
            return true;
        }
        int semicolon = rest.indexOf(';');
        if (semicolon >= 0 && rest.indexOf('=', semicolon) >= 0) {
            return true;
        }
        return UUID.matcher(rest).find() || hasToken(rest);
    }

    /** Whether the text has a run of {@value #TOKEN_LENGTH} or more ASCII letters, digits, underscores with both. */
    static boolean hasToken(String text) {
        int length = 0;
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean isLetter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            boolean isDigit = c >= '0' && c <= '9';
            if (isLetter || isDigit || c == '_') {
                length++;
                letter |= isLetter;
                digit |= isDigit;
            } else {
                if (length >= TOKEN_LENGTH && letter && digit) {
                    return true;
                }
                length = 0;
                letter = false;
                digit = false;
            }
        }
        return false;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * An IPv6 address in one of the text forms of RFC 4291 §2.2: eight groups, or fewer with one
     * {@code ::}, optionally ending in a dotted IPv4 address and a zone ({@code %eth0}). Times
     * ({@code 10:32:00}) and MAC addresses have no {@code ::} and fewer or fewer-than-eight groups.
     * Requires a digit and two groups (or {@code ::1}) so that prose such as "a::b" is left alone.
     */
    static boolean isIpv6(String candidate) {
        String s = candidate;
        int zone = s.indexOf('%');
        if (zone >= 0) {
            s = s.substring(0, zone);
        }
        if (s.equals("::1")) {
            return true;
        }
        int groupsOfTail = 0;
        int lastColon = s.lastIndexOf(':');
        String tail = s.substring(lastColon + 1);
        if (tail.indexOf('.') >= 0) {
            if (!IPV4_EXACT.matcher(tail).matches()) {
                return false;
            }
            groupsOfTail = 2;
            s = s.substring(0, lastColon + 1);
            if (!s.endsWith("::")) {
                s = s.substring(0, s.length() - 1); // "64:ff9b::1:" + IPv4: drop the separator colon
            }
        }
        if (s.chars().noneMatch(Character::isDigit) && groupsOfTail == 0) {
            return false;
        }
        int doubleColon = s.indexOf("::");
        if (doubleColon >= 0 && s.indexOf("::", doubleColon + 1) >= 0) {
            return false;
        }
        if (doubleColon < 0) {
            List<String> groups = groups(s);
            return groups != null && groups.size() + groupsOfTail == 8;
        }
        List<String> head = groups(s.substring(0, doubleColon));
        List<String> rest = groups(s.substring(doubleColon + 2));
        if (head == null || rest == null) {
            return false;
        }
        int count = head.size() + rest.size() + groupsOfTail;
        return count <= 7 && count >= 2;
    }

    /** The hex groups of a colon-separated run; empty for ""; null if a group is not 1–4 hex digits. */
    private static List<String> groups(String s) {
        if (s.isEmpty()) {
            return List.of();
        }
        List<String> groups = new ArrayList<>();
        for (String group : s.split(":", -1)) {
            if (!HEX_GROUP.matcher(group).matches()) {
                return null;
            }
            groups.add(group);
        }
        return groups;
    }

    /** A phone layout with 7–15 digits that is not a date such as {@code 01 02 2026}. */
    static boolean isPhone(String candidate) {
        int count = digits(candidate).length();
        return count >= MIN_PHONE_DIGITS && count <= MAX_PHONE_DIGITS && !DATE.matcher(candidate.strip()).matches();
    }

    /** Whether {@code cue} matches the text that ends at {@code position}, on the same line. */
    private static boolean cued(String text, int position, Pattern cue) {
        Matcher m = cue.matcher(text);
        m.region(Math.max(0, position - CUE_WINDOW), position);
        m.useTransparentBounds(true);
        return m.find();
    }

    private static String digits(String s) {
        StringBuilder digits = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }
}
