package shop.rules;

/** A pricing rule, written in Java; the C# shop subclasses it. */
public abstract class Rule {
    private final String label;

    protected Rule(String label) {
        this.label = label;
    }

    /** Whether the rule applies to an item of this category. */
    public abstract boolean appliesTo(String category);

    /** The price after the rule, in cents. */
    public abstract long apply(long cents);

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return "Rule[" + label + "]";
    }
}
