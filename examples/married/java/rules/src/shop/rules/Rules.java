package shop.rules;

import java.util.ArrayList;
import java.util.List;

/** Applies rules in order; each one that applies to the category changes the price. */
public final class Rules {
    private final List<Rule> rules = new ArrayList<>();

    public void add(Rule r) {
        rules.add(r);
    }

    public long price(String category, long cents) {
        for (Rule r : rules) {
            if (r.appliesTo(category)) {
                cents = r.apply(cents);
            }
        }
        return cents;
    }

    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (Rule r : rules) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(r.label());
        }
        return sb.toString();
    }

    /** A Java rule: a percentage off everything. */
    public static Rule percentOff(int percent) {
        return new Rule(percent + "% off") {
            public boolean appliesTo(String category) {
                return true;
            }

            public long apply(long cents) {
                return cents * (100 - percent) / 100;
            }
        };
    }
}
