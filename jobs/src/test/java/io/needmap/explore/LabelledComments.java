package io.needmap.explore;

import java.util.ArrayList;
import java.util.List;

/** Free-text comments on three planted topics, 15 each, in order: passwords, printers, VPN. */
final class LabelledComments {

    static final String[] TEXTS;

    static {
        List<String> texts = new ArrayList<>();
        String[] passwords = {"password reset", "forgot my password again", "locked out of my account",
            "password expires too often", "self-service password reset please", "account locked after holiday",
            "reset password without calling", "password rules are confusing", "my account gets locked",
            "password change every month", "cannot reset my password", "locked account on monday",
            "password reset takes a day", "account lockout too strict", "forgot password portal"};
        String[] printers = {"printer jams", "printer on floor 3 is broken", "cannot print to the printer",
            "printer out of toner", "printing is slow", "printer driver missing", "scanner and printer offline",
            "printer paper jam daily", "print queue stuck", "printer needs toner again", "fix the printer",
            "printing to pdf printer fails", "color printer broken", "printer not found", "printer keeps jamming"};
        String[] vpn = {"vpn drops", "vpn disconnects at home", "slow vpn connection", "vpn login fails",
            "cannot connect to vpn", "vpn keeps dropping", "vpn too slow for calls", "vpn client crashes",
            "remote vpn access broken", "vpn timeout every hour", "vpn connection unstable", "vpn needs restart",
            "vpn from hotel fails", "vpn is very slow", "vpn disconnect during meetings"};
        texts.addAll(List.of(passwords));
        texts.addAll(List.of(printers));
        texts.addAll(List.of(vpn));
        TEXTS = texts.toArray(String[]::new);
    }

    private LabelledComments() {
    }
}
